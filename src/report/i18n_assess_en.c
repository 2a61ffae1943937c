/* i18n_assess_en.c - the assessments in English (the reference table). */
#include "report/i18n_assess.h"

const char *const ia_table_en[IA_COUNT] = {
	[IA_TITLE_INNOVATION] = "Imitative-innovation assessment",
	[IA_TITLE_MATURITY] = "Digital maturity assessment",
	[IA_FIRM] = "Firm",
	[IA_PRODUCT] = "Product",
	[IA_VERDICT] = "Verdict",
	[IA_VERDICT_GO] = "go",
	[IA_VERDICT_NO_GO] = "no-go",
	[IA_LIFECYCLE] = "Life-cycle phase of the market",
	[IA_LC_DETAIL] = "trend {growth} a period over the last {n} periods (p {p})",
	[IA_PHASE_INTRODUCTION] = "introduction",
	[IA_PHASE_GROWTH] = "growth",
	[IA_PHASE_MATURITY] = "maturity",
	[IA_PHASE_DECLINE] = "decline",
	[IA_WEIGHTS] = "Criteria weights",
	[IA_WEIGHTS_AHP] = "from pairwise comparisons (AHP), consistency ratio {cr}",
	[IA_WEIGHTS_DIRECT] = "as given",
	[IA_CRITERION] = "Criterion",
	[IA_WEIGHT] = "Weight",
	[IA_DIRECTION] = "Direction",
	[IA_DIR_BENEFIT] = "higher is better",
	[IA_DIR_COST] = "lower is better",
	[IA_CAPABILITIES] = "Capabilities of the firm",
	[IA_SCORE_OF_5] = "{score} of 5",
	[IA_CAP_MASTERING] = "mastering and updating technology",
	[IA_CAP_PRODUCTION] = "production capacity",
	[IA_CAP_STAFF] = "staff qualification",
	[IA_CAP_FUNDS] = "funds",
	[IA_CAP_RESEARCH] = "links with universities and research institutes",
	[IA_CAP_RAW_MATERIALS] = "access to raw materials",
	[IA_SWOT] = "Internal and external factors (SWOT)",
	[IA_FACTOR] = "Factor",
	[IA_RATING] = "Rating",
	[IA_WEIGHTED] = "Weighted score",
	[IA_TOTAL] = "Total",
	[IA_STRENGTHS] = "Strengths",
	[IA_WEAKNESSES] = "Weaknesses",
	[IA_OPPORTUNITIES] = "Opportunities",
	[IA_THREATS] = "Threats",
	[IA_IFE] = "IFE total (internal factors)",
	[IA_EFE] = "EFE total (external factors)",
	[IA_POSITION] = "Strategic position",
	[IA_POSITION_TEXT] = "cell {cell} of the internal-external matrix: {strategy}",
	[IA_IE_GROW] = "grow and build",
	[IA_IE_HOLD] = "hold and maintain",
	[IA_IE_HARVEST] = "harvest or divest",
	[IA_RANKING] = "Ranking of the candidate technologies",
	[IA_TOPSIS] = "TOPSIS (closeness to the ideal)",
	[IA_WSUM] = "Weighted sum",
	[IA_CANDIDATE] = "Candidate",
	[IA_SCORE] = "Score",
	[IA_RANK] = "Rank",
	[IA_PROPERTY] = "Property rights",
	[IA_EXCLUDED_PATENT] = "excluded: patent in force without a licence",
	[IA_PROP_PUBLIC] = "public domain",
	[IA_PROP_LICENSED] = "licensed",
	[IA_PROP_PATENT] = "patent in force",
	[IA_PROP_TRADEMARK] = "trademark",
	[IA_SENSITIVITY] = "Sensitivity of the winner to the weights",
	[IA_SENS_NOTE] = "\"=\": the winner stays first; a name: the new winner",
	[IA_WINNER] = "Winner",
	[IA_NONE] = "none",
	[IA_REASONS] = "Reasons",
	[IA_SEV_BLOCKER] = "blocks",
	[IA_SEV_WARNING] = "warning",
	[IA_SEV_INFO] = "note",
	[IA_GUIDANCE] = "Guidance for the imitation type: {type}",
	[IA_TYPE_PRODUCT] = "a new product or better quality",
	[IA_TYPE_TECHNOLOGY] = "new technology or equipment",
	[IA_TYPE_MARKET] = "a new market",
	[IA_TYPE_RAW_MATERIAL] = "a new source of raw materials",
	[IA_TYPE_ORGANISATION] = "new organisation and management",
	[IA_GUIDE_PRODUCT_1] = "Study the original product's shortcomings and buyers' complaints; "
			       "your version should remove them.",
	[IA_GUIDE_PRODUCT_2] = "Position the improved product by price or quality where the "
			       "original leaves demand unmet.",
	[IA_GUIDE_PRODUCT_3] = "Plan its modernisation: a product not renewed for 2-5 years loses "
			       "its competitiveness and demand.",
	[IA_GUIDE_TECHNOLOGY_1] = "Find the weak points of the existing technology or equipment "
				  "and modernise them.",
	[IA_GUIDE_TECHNOLOGY_2] = "Budget funds and qualified specialists; often a simple "
				  "engineering fix by your own staff is enough.",
	[IA_GUIDE_TECHNOLOGY_3] = "Work with universities and research institutes to adapt and "
				  "improve the technology.",
	[IA_GUIDE_MARKET_1] = "Study how advanced companies entered the market and adopt their "
			      "marketing strategies.",
	[IA_GUIDE_MARKET_2] = "Adapt those strategies to your own products, customers and means; "
			      "this route suits a firm with limited funds.",
	[IA_GUIDE_MARKET_3] = "Decide where and through which channels the product will be sold, "
			      "online included.",
	[IA_GUIDE_RAW_MATERIAL_1] = "Look for raw-material sources that improve quality or cut "
				    "cost.",
	[IA_GUIDE_RAW_MATERIAL_2] = "Know where, from which company and at what price each "
				    "material will be bought, and secure supply contracts.",
	[IA_GUIDE_RAW_MATERIAL_3] = "Test new materials, with a laboratory or research institute "
				    "if needed, before switching production.",
	[IA_GUIDE_ORGANISATION_1] = "Study how effectively operating enterprises organise "
				    "production and management.",
	[IA_GUIDE_ORGANISATION_2] = "Introduce their practices step by step and improve them to "
				    "fit your firm.",
	[IA_GUIDE_ORGANISATION_3] = "Train your staff: their qualification decides whether new "
				    "methods take hold.",
	[IA_R_DECLINE] = "The market is in decline (trend {growth} a period, p {p}): imitation "
			 "products are not expected to succeed there, so imitation is not "
			 "recommended.",
	[IA_R_ALL_EXCLUDED] = "No candidate can be used: every one is under a patent in force "
			      "without a licence.",
	[IA_R_NO_MASTERING] = "Mastering and updating technology is scored {score} of 5: the firm "
			      "must first be able to learn and update the technology.",
	[IA_R_NO_PRODUCTION] = "Production capacity is scored {score} of 5: the firm cannot yet "
			       "produce at the level of demand.",
	[IA_R_MATURITY] = "The market is mature: imitate only with a clear gain in quality or "
			  "cost, since a product not modernised for 2-5 years loses its demand.",
	[IA_R_INTRODUCTION] = "The market is in its introduction phase: demand is still forming, "
			      "so watch sales closely before investing heavily.",
	[IA_R_GROWTH] = "The market is growing (trend {growth} a period): a good time to imitate.",
	[IA_R_POSITION] = "IFE {ife} and EFE {efe} place the firm in cell {cell} of the "
			  "internal-external matrix: {strategy}.",
	[IA_R_HARVEST] = "The position calls for harvesting or divesting: reduce the weaknesses "
			 "before a new investment.",
	[IA_R_TYPE_NEEDS] = "The chosen type ({type}) relies on {capability}, scored only "
			    "{score} of 5: strengthen it first.",
	[IA_R_WEAK_CAPABILITY] = "Weak capability: {capability} ({score} of 5).",
	[IA_R_PATENT] = "\"{candidate}\" is excluded: it is under a patent in force and the firm "
			"holds no licence.",
	[IA_R_TRADEMARK] = "\"{candidate}\" is tied to another owner's trademark: imitate the "
			   "technology, not the brand, and sell under your own name.",
	[IA_R_AHP_OK] = "The pairwise comparisons are consistent enough (consistency ratio {cr}, "
			"at most 0.10).",
	[IA_R_WINNER] = "\"{candidate}\" ranks first by TOPSIS (closeness {score}).",
	[IA_R_DISAGREE] = "The weighted sum ranks \"{candidate}\" first instead: compare the two "
			  "closely.",
	[IA_R_SENSITIVE] = "The winner changes to \"{candidate}\" when the weight of "
			   "\"{criterion}\" moves by {change}.",
	[IA_R_ROBUST] = "The winner stays first when any weight moves by 10% or 25% either way.",
	[IA_R_GO] = "No rule blocks the imitation.",
	[IA_OVERALL] = "Overall maturity index",
	[IA_STAGE] = "Stage",
	[IA_PILLARS] = "Pillars",
	[IA_BLOCKS] = "Building blocks",
	[IA_BLOCK] = "Block",
	[IA_ANSWER] = "Level",
	[IA_TARGET] = "Target",
	[IA_INDEX] = "Index",
	[IA_GAP] = "Gap",
	[IA_NEXT_STEP] = "Next step",
	[IA_GAPS] = "Largest gaps and next steps",
	[IA_NOT_APPLICABLE] = "not applicable",
	[IA_NO_GAPS] = "Every block has reached its target.",
	[IA_PREREQUISITE] = "precondition: close this gap first",
	[IA_CAPPED] = "The stage is held at {stage} because the precondition \"{block}\" is at "
		      "level {level}: digital tools need it first.",
	[IA_CHART_FIRM] = "firm",
	[IA_CHART_TARGET] = "target",
	[IA_PEERS] = "Comparison with other firms",
	[IA_PEERS_NOTE] = "The latest stored assessment of every other firm of the same zone, region "
			  "and sector (economic activity); indices 0-100.",
	[IA_THIS_FIRM] = "This firm",
	[IA_PEER_LINE] = "{group} ({key}): {n} firms, mean index {mean}; this firm is ahead of {pct}% "
			 "of them",
	[IA_PEER_NONE] = "{group} ({key}): no other firm's assessment is stored yet",
	[IA_PEER_UNKNOWN] = "{group}: not given",
	[IA_CHART_PEERS] = "{group}: mean of {n} firms",
	[IA_PEER_ZONE] = "Same zone",
	[IA_PEER_REGION] = "Same region",
	[IA_PEER_SECTOR] = "Same sector",
	[IA_STAGE_0] = "analogue",
	[IA_STAGE_1] = "beginner",
	[IA_STAGE_2] = "developing",
	[IA_STAGE_3] = "integrated",
	[IA_STAGE_4] = "Small Business 4.0",
	[IA_PILLAR_FOUNDATIONS] = "Foundations (preconditions)",
	[IA_PILLAR_OPERATIONS] = "Operations",
	[IA_PILLAR_INTELLIGENCE] = "Data and intelligence",
	[IA_PILLAR_MARKET] = "Market",
	[IA_B_AUTOMATION] = "Automation of processes",
	[IA_B_CONNECTIVITY] = "Fast internet connection",
	[IA_B_ONLINE_SALES] = "Online sales",
	[IA_B_LIFE_CYCLE] = "Product life-cycle management",
	[IA_B_INTERNET_IOT] = "Internet and the Internet of things",
	[IA_B_CLOUD] = "Cloud technologies",
	[IA_B_ROBOTISATION] = "Robotisation",
	[IA_B_PRINTING_3D] = "3D printing",
	[IA_B_INTEGRATION] = "Horizontal and vertical integration",
	[IA_B_MODELLING] = "Modelling and forecasting",
	[IA_B_AI] = "Artificial intelligence",
	[IA_B_MARKETING] = "Marketing",
	[IA_B_ADVERTISING] = "Advertising",
	[IA_L_AUTOMATION_0] = "Books and records are kept on paper.",
	[IA_L_AUTOMATION_1] = "Records are kept in office software (spreadsheets).",
	[IA_L_AUTOMATION_2] = "Accounting and invoicing run in software; documents are exchanged "
			      "with the state electronically.",
	[IA_L_AUTOMATION_3] = "Most processes (purchasing, stock, sales, staff) run in one "
			      "business system.",
	[IA_L_AUTOMATION_4] = "Processes are automated end to end with almost no manual data "
			      "entry.",
	[IA_L_CONNECTIVITY_0] = "No internet connection at the premises.",
	[IA_L_CONNECTIVITY_1] = "Mobile internet on personal phones only.",
	[IA_L_CONNECTIVITY_2] = "A broadband connection for the office.",
	[IA_L_CONNECTIVITY_3] = "Fast, reliable broadband covering all premises, production "
				"included.",
	[IA_L_CONNECTIVITY_4] = "Redundant high-speed links with guaranteed service for critical "
				"operations.",
	[IA_L_ONLINE_SALES_0] = "No presence online.",
	[IA_L_ONLINE_SALES_1] = "A web page or profile with contacts only.",
	[IA_L_ONLINE_SALES_2] = "Orders are taken online (messengers, marketplaces) and paid "
				"offline.",
	[IA_L_ONLINE_SALES_3] = "An online shop or marketplace store with online payment and "
				"delivery.",
	[IA_L_ONLINE_SALES_4] = "Online sales are a main channel, linked to stock and logistics, "
				"export included.",
	[IA_L_LIFE_CYCLE_0] = "Products are never reviewed or updated.",
	[IA_L_LIFE_CYCLE_1] = "Products change only when sales fall.",
	[IA_L_LIFE_CYCLE_2] = "Sales are tracked per product and updates are planned.",
	[IA_L_LIFE_CYCLE_3] = "Products are modernised on a schedule (at least every 2-5 years) "
			      "using customer feedback.",
	[IA_L_LIFE_CYCLE_4] = "The product range is managed across life-cycle phases with a "
			      "pipeline of improvements.",
	[IA_L_INTERNET_IOT_0] = "The internet is not used in the business.",
	[IA_L_INTERNET_IOT_1] = "The internet is used for e-mail and messengers only.",
	[IA_L_INTERNET_IOT_2] = "Business processes use internet services; a few devices are "
				"connected.",
	[IA_L_INTERNET_IOT_3] = "Key equipment and stock are connected (sensors) and monitored "
				"remotely.",
	[IA_L_INTERNET_IOT_4] = "Connected devices feed decisions automatically (alerts, "
				"maintenance, restocking).",
	[IA_L_CLOUD_0] = "No cloud services; data only on paper or one computer.",
	[IA_L_CLOUD_1] = "Files are sometimes stored or backed up in the cloud.",
	[IA_L_CLOUD_2] = "Accounting or office work runs in cloud services.",
	[IA_L_CLOUD_3] = "Core operations (sales, stock, customers) run in shared cloud systems "
			 "with regular backups.",
	[IA_L_CLOUD_4] = "All systems are in the cloud, integrated, secured and reachable from "
			 "anywhere.",
	[IA_L_ROBOTISATION_0] = "All work is manual.",
	[IA_L_ROBOTISATION_1] = "Single machines with basic mechanisation.",
	[IA_L_ROBOTISATION_2] = "Some operations use programmable (CNC) machines or "
				"semi-automatic lines.",
	[IA_L_ROBOTISATION_3] = "Robots or automated lines perform the key production steps.",
	[IA_L_ROBOTISATION_4] = "Flexible robotic cells are quickly reprogrammed for new "
				"products.",
	[IA_L_PRINTING_3D_0] = "3D printing is not used.",
	[IA_L_PRINTING_3D_1] = "3D printing is ordered from outside services now and then.",
	[IA_L_PRINTING_3D_2] = "Prototypes or samples are 3D printed regularly.",
	[IA_L_PRINTING_3D_3] = "3D printing makes tooling, spare parts or small series.",
	[IA_L_PRINTING_3D_4] = "Additive manufacturing is part of production and product design.",
	[IA_L_INTEGRATION_0] = "No data exchange with suppliers, customers or between "
			       "departments.",
	[IA_L_INTEGRATION_1] = "Data are passed on by hand, by e-mail or in spreadsheets.",
	[IA_L_INTEGRATION_2] = "Some systems inside the firm are linked (e.g. sales with "
			       "accounting).",
	[IA_L_INTEGRATION_3] = "Internal systems are integrated and data are exchanged "
			       "electronically with the main suppliers and customers.",
	[IA_L_INTEGRATION_4] = "The whole value chain shares data in real time (plans, orders, "
			       "logistics).",
	[IA_L_MODELLING_0] = "Nothing is planned from data.",
	[IA_L_MODELLING_1] = "Plans rest on intuition and last year's figures.",
	[IA_L_MODELLING_2] = "Sales and costs are tracked in spreadsheets and extrapolated.",
	[IA_L_MODELLING_3] = "Forecasting models (trend, seasonality) are used for sales, stock "
			     "and finance.",
	[IA_L_MODELLING_4] = "Scenario models and forecasts drive decisions and are checked "
			     "against outcomes.",
	[IA_L_AI_0] = "Artificial intelligence is not used.",
	[IA_L_AI_1] = "Staff use general AI assistants now and then.",
	[IA_L_AI_2] = "AI features of ready-made software are used (chat-bots, recommendations, "
		      "text recognition).",
	[IA_L_AI_3] = "AI is applied to a business process with measured results (quality "
		      "control, demand prediction).",
	[IA_L_AI_4] = "AI solutions are tuned on the firm's own data and run in several "
		      "processes.",
	[IA_L_MARKETING_0] = "No marketing activity.",
	[IA_L_MARKETING_1] = "Customers come by word of mouth; the market is not studied.",
	[IA_L_MARKETING_2] = "Customer needs and competitors are studied for pricing and product "
			     "decisions.",
	[IA_L_MARKETING_3] = "Digital marketing with customer data (customer base, segments, "
			     "analytics).",
	[IA_L_MARKETING_4] = "Marketing decisions are tested and driven by data; customer value "
			     "is managed.",
	[IA_L_ADVERTISING_0] = "No advertising.",
	[IA_L_ADVERTISING_1] = "Occasional offline advertising (signs, leaflets).",
	[IA_L_ADVERTISING_2] = "Regular posts in social media or online directories.",
	[IA_L_ADVERTISING_3] = "Targeted online campaigns with measured response.",
	[IA_L_ADVERTISING_4] = "Campaigns in several channels are tuned continuously on measured "
			       "return.",
};
