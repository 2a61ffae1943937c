-- 0002_regions.sql: the 14 first-level divisions of Uzbekistan (ISO 3166-2:UZ).
INSERT INTO region (id, code, name_en, name_uz, name_uz_cyrl, name_ru) VALUES
 (1,  'UZ-AN', 'Andijan region',             'Andijon viloyati',              'Андижон вилояти',              'Андижанская область'),
 (2,  'UZ-BU', 'Bukhara region',             'Buxoro viloyati',               'Бухоро вилояти',               'Бухарская область'),
 (3,  'UZ-FA', 'Fergana region',             'Fargʻona viloyati',             'Фарғона вилояти',              'Ферганская область'),
 (4,  'UZ-JI', 'Jizzakh region',             'Jizzax viloyati',               'Жиззах вилояти',               'Джизакская область'),
 (5,  'UZ-NG', 'Namangan region',            'Namangan viloyati',             'Наманган вилояти',             'Наманганская область'),
 (6,  'UZ-NW', 'Navoiy region',              'Navoiy viloyati',               'Навоий вилояти',               'Навоийская область'),
 (7,  'UZ-QA', 'Kashkadarya region',         'Qashqadaryo viloyati',          'Қашқадарё вилояти',            'Кашкадарьинская область'),
 (8,  'UZ-QR', 'Republic of Karakalpakstan', 'Qoraqalpogʻiston Respublikasi', 'Қорақалпоғистон Республикаси', 'Республика Каракалпакстан'),
 (9,  'UZ-SA', 'Samarkand region',           'Samarqand viloyati',            'Самарқанд вилояти',            'Самаркандская область'),
 (10, 'UZ-SI', 'Syrdarya region',            'Sirdaryo viloyati',             'Сирдарё вилояти',              'Сырдарьинская область'),
 (11, 'UZ-SU', 'Surkhandarya region',        'Surxondaryo viloyati',          'Сурхондарё вилояти',           'Сурхандарьинская область'),
 (12, 'UZ-TK', 'Tashkent city',              'Toshkent shahri',               'Тошкент шаҳри',                'город Ташкент'),
 (13, 'UZ-TO', 'Tashkent region',            'Toshkent viloyati',             'Тошкент вилояти',              'Ташкентская область'),
 (14, 'UZ-XO', 'Khorezm region',             'Xorazm viloyati',               'Хоразм вилояти',               'Хорезмская область');
