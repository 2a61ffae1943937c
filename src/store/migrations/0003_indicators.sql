-- 0003_indicators.sql: the indicator system of the zone-monitoring issue and
-- the innovation series of the imitative-innovation article.
-- direction: 1 higher is better, -1 lower is better.  derived = 1: computed
-- from stored values by sb40, never imported.
INSERT INTO indicator (id, code, name_uz, name_uz_cyrl, name_ru, name_en, unit, direction, aggregation, min_value, max_value, integer_valued, derived) VALUES
 (1,  'enterprises',        'Korxonalar soni',                   'Корхоналар сони',                   'Число предприятий',                 'Enterprises',                 'count',    1, 'sum',  0, NULL, 1, 0),
 (2,  'workers',            'Ishchilar soni',                    'Ишчилар сони',                      'Число работников',                  'Workers',                     'persons',  1, 'sum',  0, NULL, 1, 0),
 (3,  'area_ha',            'Maydon',                            'Майдон',                            'Площадь',                           'Area',                        'ha',       1, 'sum',  0, NULL, 0, 0),
 (4,  'production_area_m2', 'Ishlab chiqarish maydoni',          'Ишлаб чиқариш майдони',             'Производственная площадь',          'Production area',             'm2',       1, 'sum',  0, NULL, 0, 0),
 (5,  'output',             'Ishlab chiqarish hajmi',            'Ишлаб чиқариш ҳажми',               'Объём производства',                'Output',                      'mln UZS',  1, 'sum',  0, NULL, 0, 0),
 (6,  'investment',         'Investitsiyalar',                   'Инвестициялар',                     'Инвестиции',                        'Investment',                  'mln UZS',  1, 'sum',  0, NULL, 0, 0),
 (7,  'export',             'Eksport hajmi',                     'Экспорт ҳажми',                     'Объём экспорта',                    'Export',                      'thousand USD', 1, 'sum', 0, NULL, 0, 0),
 (8,  'electricity_pct',    'Elektr taʼminoti',                  'Электр таъминоти',                  'Обеспеченность электроэнергией',    'Electricity coverage',        '%',        1, 'mean', 0, 100, 0, 0),
 (9,  'gas_pct',            'Gaz taʼminoti',                     'Газ таъминоти',                     'Обеспеченность газом',              'Gas coverage',                '%',        1, 'mean', 0, 100, 0, 0),
 (10, 'water_pct',          'Suv taʼminoti',                     'Сув таъминоти',                     'Обеспеченность водой',              'Water coverage',              '%',        1, 'mean', 0, 100, 0, 0),
 (11, 'roads_pct',          'Yoʻllar bilan taʼminlanganlik',     'Йўллар билан таъминланганлик',      'Обеспеченность дорогами',           'Road access',                 '%',        1, 'mean', 0, 100, 0, 0),
 (12, 'infrastructure_pct', 'Infratuzilma bilan taʼminlanganlik', 'Инфратузилма билан таъминланганлик', 'Обеспеченность инфраструктурой',   'Infrastructure coverage',     '%',        1, 'mean', 0, 100, 0, 0),
 (13, 'area_used_pct',      'Maydondan foydalanish',             'Майдондан фойдаланиш',              'Использование площади',             'Area in use',                 '%',        1, 'mean', 0, 100, 0, 0),
 (14, 'vacant_area_m2',     'Boʻsh maydon',                      'Бўш майдон',                        'Свободная площадь',                 'Vacant area',                 'm2',      -1, 'sum',  0, NULL, 0, 0),
 (15, 'zones',              'Kichik sanoat zonalari soni',       'Кичик саноат зоналари сони',        'Число малых промышленных зон',      'Small industrial zones',      'count',    1, 'sum',  0, NULL, 1, 0),
 (16, 'enterprises_per_ha', 'Korxonalar zichligi (1 ga)',        'Корхоналар зичлиги (1 га)',         'Предприятий на 1 га',               'Enterprises per hectare',     'per ha',   1, 'mean', 0, NULL, 0, 1),
 (17, 'workers_per_ha',     'Ishchilar zichligi (1 ga)',         'Ишчилар зичлиги (1 га)',            'Работников на 1 га',                'Workers per hectare',         'per ha',   1, 'mean', 0, NULL, 0, 1),
 (18, 'workers_per_enterprise', 'Bir korxonaga ishchilar',       'Бир корхонага ишчилар',             'Работников на предприятие',         'Workers per enterprise',      'persons',  1, 'mean', 0, NULL, 0, 1),
 (19, 'output_per_ha',      'Ishlab chiqarish zichligi (1 ga)',  'Ишлаб чиқариш зичлиги (1 га)',      'Производство на 1 га',              'Output per hectare',          'mln UZS per ha', 1, 'mean', 0, NULL, 0, 1),
 (20, 'growth_enterprises_pct', 'Korxonalar oʻsishi',            'Корхоналар ўсиши',                  'Прирост числа предприятий',         'Growth in enterprises',       '%',        1, 'mean', NULL, NULL, 0, 1),
 (21, 'cagr_enterprises_pct', 'Korxonalarning oʻrtacha yillik oʻsishi', 'Корхоналарнинг ўртача йиллик ўсиши', 'Среднегодовой рост числа предприятий', 'Enterprises, average yearly growth', '%', 1, 'mean', NULL, NULL, 0, 1),
 (22, 'obligations_fulfilled_pct', 'Majburiyatlar bajarilishi',  'Мажбуриятлар бажарилиши',           'Выполнение обязательств',           'Obligations fulfilled',       '%',        1, 'mean', 0, 100, 0, 1),
 (23, 'innov_output_total', 'Innovatsion mahsulot va xizmatlar', 'Инновацион маҳсулот ва хизматлар',  'Инновационные товары и услуги',     'Innovative products and services', 'bln UZS', 1, 'sum', 0, NULL, 0, 0),
 (24, 'innov_expenditure_total', 'Innovatsiyalarga xarajatlar',  'Инновацияларга харажатлар',         'Затраты на инновации',              'Expenditure on innovation',   'bln UZS',  1, 'sum',  0, NULL, 0, 0),
 (25, 'innov_output_small', 'Kichik biznesning innovatsion mahsuloti', 'Кичик бизнеснинг инновацион маҳсулоти', 'Инновационная продукция малого бизнеса', 'Innovative output of small business', 'bln UZS', 1, 'sum', 0, NULL, 0, 0),
 (26, 'innov_expenditure_small', 'Kichik biznesning innovatsiyalarga xarajatlari', 'Кичик бизнеснинг инновацияларга харажатлари', 'Затраты малого бизнеса на инновации', 'Small business expenditure on innovation', 'bln UZS', 1, 'sum', 0, NULL, 0, 0);
