/* i18n_assess_uz.c - the assessments in Uzbek, Latin script (the default).
 * Letters oʻ and gʻ are written with U+02BB, the tutuq belgisi with U+02BC. */
#include "report/i18n_assess.h"

const char *const ia_table_uz[IA_COUNT] = {
	[IA_TITLE_INNOVATION] = "Taqlidiy innovatsiyani baholash",
	[IA_TITLE_MATURITY] = "Raqamli yetuklikni baholash",
	[IA_FIRM] = "Korxona",
	[IA_PRODUCT] = "Mahsulot",
	[IA_VERDICT] = "Xulosa",
	[IA_VERDICT_GO] = "tavsiya etiladi",
	[IA_VERDICT_NO_GO] = "tavsiya etilmaydi",
	[IA_LIFECYCLE] = "Bozorning hayotiy sikli bosqichi",
	[IA_LC_DETAIL] = "oxirgi {n} davrdagi trend: davriga {growth} (p {p})",
	[IA_PHASE_INTRODUCTION] = "joriy etish",
	[IA_PHASE_GROWTH] = "oʻsish",
	[IA_PHASE_MATURITY] = "yetuklik",
	[IA_PHASE_DECLINE] = "pasayish",
	[IA_WEIGHTS] = "Mezonlar vaznlari",
	[IA_WEIGHTS_AHP] = "juft taqqoslashlardan (AHP), muvofiqlik nisbati {cr}",
	[IA_WEIGHTS_DIRECT] = "bevosita berilgan",
	[IA_CRITERION] = "Mezon",
	[IA_WEIGHT] = "Vazn",
	[IA_DIRECTION] = "Yoʻnalish",
	[IA_DIR_BENEFIT] = "qancha koʻp, shuncha yaxshi",
	[IA_DIR_COST] = "qancha kam, shuncha yaxshi",
	[IA_CAPABILITIES] = "Korxona salohiyati",
	[IA_SCORE_OF_5] = "5 dan {score}",
	[IA_CAP_MASTERING] = "texnologiyani oʻzlashtirish va yangilash",
	[IA_CAP_PRODUCTION] = "ishlab chiqarish quvvati",
	[IA_CAP_STAFF] = "xodimlar malakasi",
	[IA_CAP_FUNDS] = "moliyaviy mablagʻlar",
	[IA_CAP_RESEARCH] = "universitetlar va ilmiy-tadqiqot institutlari bilan aloqalar",
	[IA_CAP_RAW_MATERIALS] = "xomashyo bilan taʼminlanganlik",
	[IA_SWOT] = "Ichki va tashqi omillar (SWOT)",
	[IA_FACTOR] = "Omil",
	[IA_RATING] = "Baho",
	[IA_WEIGHTED] = "Vaznli ball",
	[IA_TOTAL] = "Jami",
	[IA_STRENGTHS] = "Kuchli tomonlar",
	[IA_WEAKNESSES] = "Zaif tomonlar",
	[IA_OPPORTUNITIES] = "Imkoniyatlar",
	[IA_THREATS] = "Tahdidlar",
	[IA_IFE] = "IFE jami (ichki omillar)",
	[IA_EFE] = "EFE jami (tashqi omillar)",
	[IA_POSITION] = "Strategik holat",
	[IA_POSITION_TEXT] = "«ichki-tashqi omillar» matritsasining {cell}-katagi: {strategy}",
	[IA_IE_GROW] = "oʻsish va rivojlanish",
	[IA_IE_HOLD] = "mavqeni saqlab turish",
	[IA_IE_HARVEST] = "daromadni yigʻib olish yoki chiqish",
	[IA_RANKING] = "Nomzod texnologiyalar reytingi",
	[IA_TOPSIS] = "TOPSIS (idealga yaqinlik)",
	[IA_WSUM] = "Vaznli yigʻindi",
	[IA_CANDIDATE] = "Nomzod",
	[IA_SCORE] = "Ball",
	[IA_RANK] = "Oʻrin",
	[IA_PROPERTY] = "Mulkiy huquq",
	[IA_EXCLUDED_PATENT] = "chiqarildi: litsenziyasiz amaldagi patent",
	[IA_PROP_PUBLIC] = "erkin foydalanishda",
	[IA_PROP_LICENSED] = "litsenziya asosida",
	[IA_PROP_PATENT] = "amaldagi patent",
	[IA_PROP_TRADEMARK] = "tovar belgisi",
	[IA_SENSITIVITY] = "Gʻolibning vaznlarga sezgirligi",
	[IA_SENS_NOTE] = "«=»: gʻolib birinchi oʻrinda qoladi; nom: yangi gʻolib",
	[IA_WINNER] = "Gʻolib",
	[IA_NONE] = "yoʻq",
	[IA_REASONS] = "Asoslar",
	[IA_SEV_BLOCKER] = "toʻsiq",
	[IA_SEV_WARNING] = "ogohlantirish",
	[IA_SEV_INFO] = "izoh",
	[IA_GUIDANCE] = "Taqlid turi boʻyicha tavsiyalar: {type}",
	[IA_TYPE_PRODUCT] = "yangi mahsulot yoki sifatni yaxshilash",
	[IA_TYPE_TECHNOLOGY] = "yangi texnologiya yoki uskuna",
	[IA_TYPE_MARKET] = "yangi bozor",
	[IA_TYPE_RAW_MATERIAL] = "yangi xomashyo manbai",
	[IA_TYPE_ORGANISATION] = "yangi tashkil etish va boshqaruv usullari",
	[IA_GUIDE_PRODUCT_1] = "Asl mahsulotning kamchiliklari va xaridorlar shikoyatlarini "
			       "oʻrganing; sizning variantingiz ularni bartaraf etsin.",
	[IA_GUIDE_PRODUCT_2] = "Yaxshilangan mahsulotni asl mahsulot talabni qondirmayotgan "
			       "joyda narx yoki sifat bilan joylashtiring.",
	[IA_GUIDE_PRODUCT_3] = "Uni modernizatsiya qilishni rejalashtiring: 2-5 yil "
			       "yangilanmagan mahsulot raqobatbardoshligi va talabini yoʻqotadi.",
	[IA_GUIDE_TECHNOLOGY_1] = "Mavjud texnologiya yoki uskunaning zaif joylarini toping va "
				  "ularni modernizatsiya qiling.",
	[IA_GUIDE_TECHNOLOGY_2] = "Mablagʻ va malakali mutaxassislarni rejalashtiring; koʻpincha "
				  "oʻz xodimlaringizning oddiy muhandislik yechimi yetarli boʻladi.",
	[IA_GUIDE_TECHNOLOGY_3] = "Texnologiyani moslashtirish va takomillashtirish uchun "
				  "universitetlar va ilmiy-tadqiqot institutlari bilan ishlang.",
	[IA_GUIDE_MARKET_1] = "Ilgʻor kompaniyalar bozorga qanday kirganini oʻrganing va ularning "
			      "marketing strategiyalarini qoʻllang.",
	[IA_GUIDE_MARKET_2] = "Bu strategiyalarni oʻz mahsulotlaringiz, mijozlaringiz va "
			      "imkoniyatlaringizga moslang; bu yoʻl mablagʻi cheklangan korxonaga "
			      "mos.",
	[IA_GUIDE_MARKET_3] = "Mahsulot qayerda va qaysi kanallar orqali, jumladan onlayn, "
			      "sotilishini belgilang.",
	[IA_GUIDE_RAW_MATERIAL_1] = "Sifatni oshiradigan yoki tannarxni kamaytiradigan xomashyo "
				    "manbalarini izlang.",
	[IA_GUIDE_RAW_MATERIAL_2] = "Har bir xomashyo qayerdan, qaysi kompaniyadan va qanday "
				    "narxda sotib olinishini aniqlang va yetkazib berish "
				    "shartnomalarini tuzing.",
	[IA_GUIDE_RAW_MATERIAL_3] = "Ishlab chiqarishni oʻtkazishdan oldin yangi xomashyoni, "
				    "zarur boʻlsa laboratoriya yoki ilmiy institut bilan, sinab "
				    "koʻring.",
	[IA_GUIDE_ORGANISATION_1] = "Samarali ishlayotgan korxonalar ishlab chiqarish va "
				    "boshqaruvni qanday tashkil etishini oʻrganing.",
	[IA_GUIDE_ORGANISATION_2] = "Ularning tajribasini bosqichma-bosqich joriy eting va oʻz "
				    "korxonangizga moslab takomillashtiring.",
	[IA_GUIDE_ORGANISATION_3] = "Xodimlarni oʻqiting: yangi usullar oʻrnashishi ularning "
				    "malakasiga bogʻliq.",
	[IA_R_DECLINE] = "Bozor pasayish bosqichida (trend davriga {growth}, p {p}): bu "
			 "bosqichda taqlidiy mahsulot muvaffaqiyat qozonmaydi, shuning uchun taqlid "
			 "tavsiya etilmaydi.",
	[IA_R_ALL_EXCLUDED] = "Hech bir nomzoddan foydalanib boʻlmaydi: barchasi litsenziyasiz "
			      "amaldagi patent bilan himoyalangan.",
	[IA_R_NO_MASTERING] = "Texnologiyani oʻzlashtirish va yangilash 5 dan {score} ball bilan "
			      "baholangan: avvalo korxona texnologiyani oʻrganib, yangilay "
			      "olishi kerak.",
	[IA_R_NO_PRODUCTION] = "Ishlab chiqarish quvvati 5 dan {score} ball bilan baholangan: "
			       "korxona hozircha talab darajasida ishlab chiqara olmaydi.",
	[IA_R_MATURITY] = "Bozor yetuklik bosqichida: faqat sifat yoki tannarxda aniq ustunlik "
			  "bilan taqlid qiling, chunki 2-5 yil modernizatsiya qilinmagan mahsulot "
			  "talabini yoʻqotadi.",
	[IA_R_INTRODUCTION] = "Bozor joriy etish bosqichida: talab hali shakllanmoqda, katta "
			      "sarmoya kiritishdan oldin sotuvlarni diqqat bilan kuzating.",
	[IA_R_GROWTH] = "Bozor oʻsmoqda (trend davriga {growth}): taqlid uchun qulay payt.",
	[IA_R_POSITION] = "IFE {ife} va EFE {efe} korxonani «ichki-tashqi omillar» "
			  "matritsasining {cell}-katagiga joylashtiradi: {strategy}.",
	[IA_R_HARVEST] = "Holat daromadni yigʻib olish yoki chiqishni talab qiladi: yangi "
			 "sarmoyadan oldin zaif tomonlarni kamaytiring.",
	[IA_R_TYPE_NEEDS] = "Tanlangan tur ({type}) «{capability}» omiliga tayanadi, u esa 5 "
			    "dan atigi {score} ball: avval uni mustahkamlang.",
	[IA_R_WEAK_CAPABILITY] = "Zaif tomon: {capability} (5 dan {score} ball).",
	[IA_R_PATENT] = "«{candidate}» chiqarildi: u amaldagi patent bilan himoyalangan, "
			"korxonada esa litsenziya yoʻq.",
	[IA_R_TRADEMARK] = "«{candidate}» boshqa egasining tovar belgisi bilan bogʻliq: brendni "
			   "emas, texnologiyani taqlid qiling va oʻz nomingiz bilan soting.",
	[IA_R_AHP_OK] = "Juft taqqoslashlar yetarlicha muvofiq (muvofiqlik nisbati {cr}, 0,10 "
			"dan oshmaydi).",
	[IA_R_WINNER] = "TOPSIS boʻyicha birinchi oʻrinda «{candidate}» (yaqinlik {score}).",
	[IA_R_DISAGREE] = "Vaznli yigʻindi boʻyicha esa birinchi oʻrinda «{candidate}»: "
			  "ikkalasini sinchiklab solishtiring.",
	[IA_R_SENSITIVE] = "«{criterion}» mezonining vazni {change} ga oʻzgarsa, gʻolib "
			   "«{candidate}» boʻladi.",
	[IA_R_ROBUST] = "Har qanday vazn ikki tomonga 10% yoki 25% ga oʻzgarganda ham gʻolib "
			"birinchi oʻrinda qoladi.",
	[IA_R_GO] = "Taqlidga toʻsqinlik qiladigan qoida yoʻq.",
	[IA_OVERALL] = "Umumiy yetuklik indeksi",
	[IA_STAGE] = "Bosqich",
	[IA_PILLARS] = "Yoʻnalishlar",
	[IA_BLOCKS] = "Tarkibiy qismlar",
	[IA_BLOCK] = "Tarkibiy qism",
	[IA_ANSWER] = "Daraja",
	[IA_TARGET] = "Maqsad",
	[IA_INDEX] = "Indeks",
	[IA_GAP] = "Farq",
	[IA_NEXT_STEP] = "Keyingi qadam",
	[IA_GAPS] = "Eng katta farqlar va keyingi qadamlar",
	[IA_NOT_APPLICABLE] = "taalluqli emas",
	[IA_NO_GAPS] = "Barcha tarkibiy qismlar maqsadga erishgan.",
	[IA_PREREQUISITE] = "dastlabki shart: bu farqni birinchi boʻlib bartaraf eting",
	[IA_CAPPED] = "Bosqich {stage} darajasida cheklangan, chunki «{block}» dastlabki sharti "
		      "{level}-darajada: raqamli vositalar avvalo unga muhtoj.",
	[IA_CHART_FIRM] = "korxona",
	[IA_CHART_TARGET] = "maqsad",
	[IA_PEERS] = "Boshqa korxonalar bilan taqqoslash",
	[IA_PEERS_NOTE] = "Shu zona, shu hudud va shu tarmoq (faoliyat turi)dagi har bir boshqa "
			  "korxonaning soʻnggi saqlangan baholashi; indekslar 0-100.",
	[IA_THIS_FIRM] = "Ushbu korxona",
	[IA_PEER_LINE] = "{group} ({key}): {n} ta korxona, oʻrtacha indeks {mean}; ushbu korxona "
			 "ularning {pct}% idan oldinda",
	[IA_PEER_NONE] = "{group} ({key}): boshqa korxonalarning baholashlari hali saqlanmagan",
	[IA_PEER_UNKNOWN] = "{group}: koʻrsatilmagan",
	[IA_CHART_PEERS] = "{group}: {n} ta korxona oʻrtachasi",
	[IA_PEER_ZONE] = "Shu zona",
	[IA_PEER_REGION] = "Shu hudud",
	[IA_PEER_SECTOR] = "Shu tarmoq",
	[IA_STAGE_0] = "analog",
	[IA_STAGE_1] = "boshlangʻich",
	[IA_STAGE_2] = "rivojlanayotgan",
	[IA_STAGE_3] = "integratsiyalashgan",
	[IA_STAGE_4] = "Kichik biznes 4.0",
	[IA_PILLAR_FOUNDATIONS] = "Asoslar (dastlabki shartlar)",
	[IA_PILLAR_OPERATIONS] = "Ishlab chiqarish va operatsiyalar",
	[IA_PILLAR_INTELLIGENCE] = "Maʼlumotlar va intellekt",
	[IA_PILLAR_MARKET] = "Bozor",
	[IA_B_AUTOMATION] = "Jarayonlarni avtomatlashtirish",
	[IA_B_CONNECTIVITY] = "Tezkor internet",
	[IA_B_ONLINE_SALES] = "Onlayn savdo",
	[IA_B_LIFE_CYCLE] = "Mahsulot hayotiy siklini boshqarish",
	[IA_B_INTERNET_IOT] = "Internet va narsalar interneti",
	[IA_B_CLOUD] = "Bulutli texnologiyalar",
	[IA_B_ROBOTISATION] = "Robotlashtirish",
	[IA_B_PRINTING_3D] = "3D bosib chiqarish",
	[IA_B_INTEGRATION] = "Gorizontal va vertikal integratsiya",
	[IA_B_MODELLING] = "Modellashtirish va prognozlash",
	[IA_B_AI] = "Sunʼiy intellekt",
	[IA_B_MARKETING] = "Marketing",
	[IA_B_ADVERTISING] = "Reklama",
	[IA_L_AUTOMATION_0] = "Hisob va yozuvlar qogʻozda yuritiladi.",
	[IA_L_AUTOMATION_1] = "Yozuvlar ofis dasturlarida (elektron jadvallarda) yuritiladi.",
	[IA_L_AUTOMATION_2] = "Buxgalteriya va hisob-fakturalar dasturda yuritiladi; davlat "
			      "bilan hujjatlar elektron almashiladi.",
	[IA_L_AUTOMATION_3] = "Aksariyat jarayonlar (xarid, ombor, savdo, kadrlar) yagona hisob "
			      "tizimida yuritiladi.",
	[IA_L_AUTOMATION_4] = "Jarayonlar boshidan oxirigacha deyarli qoʻlda maʼlumot "
			      "kiritmasdan avtomatlashtirilgan.",
	[IA_L_CONNECTIVITY_0] = "Hududda internetga ulanish yoʻq.",
	[IA_L_CONNECTIVITY_1] = "Faqat shaxsiy telefonlardagi mobil internet.",
	[IA_L_CONNECTIVITY_2] = "Ofis uchun keng polosali ulanish.",
	[IA_L_CONNECTIVITY_3] = "Butun hududda, jumladan ishlab chiqarishda, tezkor va ishonchli "
				"internet.",
	[IA_L_CONNECTIVITY_4] = "Muhim operatsiyalar uchun xizmat sifati kafolatlangan zaxiralangan "
				"yuqori tezlikdagi kanallar.",
	[IA_L_ONLINE_SALES_0] = "Internetda mavjud emas.",
	[IA_L_ONLINE_SALES_1] = "Faqat aloqa maʼlumotlari bor veb-sahifa yoki profil.",
	[IA_L_ONLINE_SALES_2] = "Buyurtmalar onlayn (messenjerlar, marketpleyslar) qabul "
				"qilinadi, toʻlov oflayn.",
	[IA_L_ONLINE_SALES_3] = "Onlayn toʻlov va yetkazib berish bilan internet-doʻkon yoki "
				"marketpleysdagi doʻkon.",
	[IA_L_ONLINE_SALES_4] = "Onlayn savdo asosiy kanal boʻlib, ombor va logistika bilan "
				"bogʻlangan, eksport ham shu orqali.",
	[IA_L_LIFE_CYCLE_0] = "Mahsulotlar hech qachon qayta koʻrib chiqilmaydi va "
			      "yangilanmaydi.",
	[IA_L_LIFE_CYCLE_1] = "Mahsulotlar faqat sotuv tushganda oʻzgartiriladi.",
	[IA_L_LIFE_CYCLE_2] = "Sotuvlar har bir mahsulot boʻyicha kuzatiladi, yangilanishlar "
			      "rejalashtiriladi.",
	[IA_L_LIFE_CYCLE_3] = "Mahsulotlar mijozlar fikri asosida jadval boʻyicha (kamida 2-5 "
			      "yilda bir marta) modernizatsiya qilinadi.",
	[IA_L_LIFE_CYCLE_4] = "Mahsulotlar assortimenti hayotiy sikl bosqichlari boʻyicha "
			      "takomillashtirish rejasi bilan boshqariladi.",
	[IA_L_INTERNET_IOT_0] = "Ishda internetdan foydalanilmaydi.",
	[IA_L_INTERNET_IOT_1] = "Internet faqat elektron pochta va messenjerlar uchun "
				"ishlatiladi.",
	[IA_L_INTERNET_IOT_2] = "Biznes jarayonlar internet xizmatlaridan foydalanadi; ayrim "
				"qurilmalar ulangan.",
	[IA_L_INTERNET_IOT_3] = "Asosiy uskunalar va ombor ulangan (datchiklar) va masofadan "
				"nazorat qilinadi.",
	[IA_L_INTERNET_IOT_4] = "Ulangan qurilmalar qarorlarni avtomatik taʼminlaydi "
				"(ogohlantirishlar, texnik xizmat, zaxirani toʻldirish).",
	[IA_L_CLOUD_0] = "Bulut xizmatlari yoʻq; maʼlumotlar faqat qogʻozda yoki bitta "
			 "kompyuterda.",
	[IA_L_CLOUD_1] = "Fayllar baʼzan bulutda saqlanadi yoki nusxalanadi.",
	[IA_L_CLOUD_2] = "Buxgalteriya yoki ofis ishlari bulut xizmatlarida yuritiladi.",
	[IA_L_CLOUD_3] = "Asosiy operatsiyalar (savdo, ombor, mijozlar) muntazam zaxira nusxasi "
			 "bilan umumiy bulut tizimlarida yuritiladi.",
	[IA_L_CLOUD_4] = "Barcha tizimlar bulutda, integratsiyalangan, himoyalangan va istalgan "
			 "joydan foydalanish mumkin.",
	[IA_L_ROBOTISATION_0] = "Barcha ishlar qoʻlda bajariladi.",
	[IA_L_ROBOTISATION_1] = "Oddiy mexanizatsiyalashgan alohida dastgohlar.",
	[IA_L_ROBOTISATION_2] = "Ayrim operatsiyalar dasturlanadigan (CNC) dastgohlarda yoki "
				"yarim avtomat liniyalarda bajariladi.",
	[IA_L_ROBOTISATION_3] = "Asosiy ishlab chiqarish bosqichlarini robotlar yoki avtomat "
				"liniyalar bajaradi.",
	[IA_L_ROBOTISATION_4] = "Moslashuvchan robotlashtirilgan yacheykalar yangi mahsulotlarga "
				"tez qayta sozlanadi.",
	[IA_L_PRINTING_3D_0] = "3D bosib chiqarishdan foydalanilmaydi.",
	[IA_L_PRINTING_3D_1] = "3D bosib chiqarish vaqti-vaqti bilan tashqi xizmatlarga "
			       "buyurtma qilinadi.",
	[IA_L_PRINTING_3D_2] = "Prototiplar yoki namunalar muntazam 3D printerda chiqariladi.",
	[IA_L_PRINTING_3D_3] = "3D bosib chiqarish jihozlar, ehtiyot qismlar yoki kichik "
			       "partiyalar uchun ishlatiladi.",
	[IA_L_PRINTING_3D_4] = "Additiv ishlab chiqarish ishlab chiqarish va mahsulot "
			       "loyihalashning bir qismi.",
	[IA_L_INTEGRATION_0] = "Yetkazib beruvchilar, mijozlar va boʻlimlar oʻrtasida maʼlumot "
			       "almashinuvi yoʻq.",
	[IA_L_INTEGRATION_1] = "Maʼlumotlar qoʻlda, elektron pochta yoki jadvallar orqali "
			       "uzatiladi.",
	[IA_L_INTEGRATION_2] = "Korxona ichidagi ayrim tizimlar bogʻlangan (masalan, savdo "
			       "buxgalteriya bilan).",
	[IA_L_INTEGRATION_3] = "Ichki tizimlar integratsiyalangan, asosiy yetkazib beruvchilar va "
			       "mijozlar bilan maʼlumotlar elektron almashiladi.",
	[IA_L_INTEGRATION_4] = "Butun qiymat zanjiri real vaqtda maʼlumot almashadi (rejalar, "
			       "buyurtmalar, logistika).",
	[IA_L_MODELLING_0] = "Hech narsa maʼlumotlar asosida rejalashtirilmaydi.",
	[IA_L_MODELLING_1] = "Rejalar sezgi va oʻtgan yil raqamlariga tayanadi.",
	[IA_L_MODELLING_2] = "Sotuv va xarajatlar jadvallarda kuzatiladi va ekstrapolyatsiya "
			     "qilinadi.",
	[IA_L_MODELLING_3] = "Sotuv, zaxira va moliya uchun prognoz modellari (trend, "
			     "mavsumiylik) qoʻllaniladi.",
	[IA_L_MODELLING_4] = "Ssenariy modellari va prognozlar qarorlarni belgilaydi va "
			     "natijalar bilan solishtiriladi.",
	[IA_L_AI_0] = "Sunʼiy intellektdan foydalanilmaydi.",
	[IA_L_AI_1] = "Xodimlar vaqti-vaqti bilan umumiy SI yordamchilaridan foydalanadi.",
	[IA_L_AI_2] = "Tayyor dasturlarning SI funksiyalari ishlatiladi (chat-botlar, "
		      "tavsiyalar, matnni tanish).",
	[IA_L_AI_3] = "SI biznes jarayonda oʻlchangan natija bilan qoʻllaniladi (sifat nazorati, "
		      "talab prognozi).",
	[IA_L_AI_4] = "SI yechimlari korxonaning oʻz maʼlumotlarida sozlangan va bir nechta "
		      "jarayonda ishlaydi.",
	[IA_L_MARKETING_0] = "Marketing faoliyati yoʻq.",
	[IA_L_MARKETING_1] = "Mijozlar tavsiya orqali keladi; bozor oʻrganilmaydi.",
	[IA_L_MARKETING_2] = "Narx va mahsulot qarorlari uchun mijozlar ehtiyojlari va "
			     "raqobatchilar oʻrganiladi.",
	[IA_L_MARKETING_3] = "Mijozlar maʼlumotlari bilan raqamli marketing (mijozlar bazasi, "
			     "segmentlar, tahlil).",
	[IA_L_MARKETING_4] = "Marketing qarorlari sinovdan oʻtkaziladi va maʼlumotlarga "
			     "asoslanadi; mijoz qiymati boshqariladi.",
	[IA_L_ADVERTISING_0] = "Reklama yoʻq.",
	[IA_L_ADVERTISING_1] = "Vaqti-vaqti bilan oflayn reklama (peshlavhalar, varaqalar).",
	[IA_L_ADVERTISING_2] = "Ijtimoiy tarmoqlarda yoki onlayn kataloglarda muntazam "
			       "eʼlonlar.",
	[IA_L_ADVERTISING_3] = "Javobi oʻlchanadigan maqsadli onlayn kampaniyalar.",
	[IA_L_ADVERTISING_4] = "Bir nechta kanaldagi kampaniyalar oʻlchangan samara boʻyicha "
			       "doimiy sozlanadi.",
};
