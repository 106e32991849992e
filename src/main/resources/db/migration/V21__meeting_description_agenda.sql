-- A meeting's description and agenda, in the five languages (plain text; line breaks are kept on the page and in
-- the e-mail). Optional: a meeting has both in every language or none.
ALTER TABLE meeting
    ADD COLUMN description_lt text, ADD COLUMN description_en text, ADD COLUMN description_pl text,
    ADD COLUMN description_lv text, ADD COLUMN description_et text,
    ADD COLUMN agenda_lt text, ADD COLUMN agenda_en text, ADD COLUMN agenda_pl text,
    ADD COLUMN agenda_lv text, ADD COLUMN agenda_et text;

-- The check-in token itself, beside its hash (lookups still go by the hash), so that the registrant's private page
-- can show the same QR code as the confirmation e-mail. Unlike the private link, it is no secret worth hashing: it
-- opens a page only for signed-in staff, who may check anyone in by name anyway; it only keeps a guest from making
-- someone else's code. Registrations made before this migration have no readable token: their code is in the e-mail.
ALTER TABLE meeting_registration ADD COLUMN check_in_token text;

-- The information meeting of 1 August 2025, in the words of the ministry's call of 28 July 2025 (facts only).
UPDATE meeting SET
    description_lt = 'Susitikime pristatomas Baltijos dirbtinio intelekto gigagamyklos projektas ir galimybės jame dalyvauti.

Lietuva, Lenkija, Latvija ir Estija kartu kuria didelio masto DI infrastruktūrą – didžiųjų kalbos modelių ir DI sistemų mokymui bei duomenims apdoroti – viešajam sektoriui, mokslui, verslui ir startuoliams. Konsorciumas dabar formuojamas; prie jo kviečiami jungtis technologijų, debesijos ir skaičiavimo infrastruktūros paslaugų teikėjai, mokslinių tyrimų institutai, universitetai, startuoliai, investuotojai ir viešojo sektoriaus institucijos.

Verslo atstovus kviečiame užsiregistruoti iš anksto.',
    description_en = 'The meeting presents the Baltic AI Gigafactory project and the opportunities to take part in it.

Lithuania, Poland, Latvia and Estonia are building large-scale AI infrastructure together, for training large language models and AI systems and for processing data, to serve the public sector, science, business and start-ups. The consortium is being formed now; technology providers, cloud and computing infrastructure providers, research institutes, universities, start-ups, investors and public sector institutions are invited to join.

Business representatives are invited to register in advance.',
    description_pl = 'Na spotkaniu zostaną przedstawione projekt Bałtyckiej Gigafabryki AI i możliwości udziału w nim.

Litwa, Polska, Łotwa i Estonia wspólnie budują infrastrukturę AI na dużą skalę – do trenowania dużych modeli językowych i systemów AI oraz do przetwarzania danych – dla sektora publicznego, nauki, biznesu i start-upów. Konsorcjum jest właśnie tworzone; zapraszamy do niego dostawców technologii, usług chmurowych i infrastruktury obliczeniowej, instytuty badawcze, uczelnie, start-upy, inwestorów i instytucje sektora publicznego.

Przedstawicieli firm zachęcamy do wcześniejszej rejestracji.',
    description_lv = 'Sanāksmē iepazīstinās ar Baltijas MI gigarūpnīcas projektu un iespējām tajā piedalīties.

Lietuva, Polija, Latvija un Igaunija kopā veido liela mēroga MI infrastruktūru – lielo valodas modeļu un MI sistēmu apmācībai un datu apstrādei – publiskajam sektoram, zinātnei, uzņēmumiem un jaunuzņēmumiem. Konsorcijs pašlaik tiek veidots; tam aicināti pievienoties tehnoloģiju, mākoņpakalpojumu un skaitļošanas infrastruktūras nodrošinātāji, pētniecības institūti, universitātes, jaunuzņēmumi, investori un publiskā sektora iestādes.

Uzņēmumu pārstāvji aicināti reģistrēties iepriekš.',
    description_et = 'Kohtumisel tutvustatakse Balti tehisintellekti gigatehase projekti ja selles osalemise võimalusi.

Leedu, Poola, Läti ja Eesti rajavad ühiselt suuremahulist tehisintellekti taristut – suurte keelemudelite ja tehisintellektisüsteemide treenimiseks ning andmete töötlemiseks – avalikule sektorile, teadusele, ettevõtetele ja idufirmadele. Konsortsium on praegu moodustamisel; sellega on oodatud liituma tehnoloogia-, pilve- ja andmetöötlustaristu teenuste pakkujad, teadusasutused, ülikoolid, idufirmad, investorid ja avaliku sektori asutused.

Palume ettevõtete esindajatel end eelnevalt registreerida.',
    agenda_lt = '1. Projektas: Lietuvos, Lenkijos, Latvijos ir Estijos konsorciumas ir 2025 m. birželį Europos Komisijai pateiktas susidomėjimo pareiškimas.
2. Planas: gigagamyklos centras daugiausia dviejose vietose Lenkijoje; apie 3 mlrd. eurų biudžetas, didžioji dalis – skaičiavimo infrastruktūrai; 65 % lėšų tikimasi iš privačių investicijų.
3. Dalyvavimas: kas gali prisijungti prie konsorciumo ir kaip pateikti paraišką (paraiškos priimamos liepos 28 – rugpjūčio 10 d.).',
    agenda_en = '1. The project: the consortium of Lithuania, Poland, Latvia and Estonia, and the expression of interest sent to the European Commission in June 2025.
2. The plan: the gigafactory''s centre primarily in two locations in Poland; a budget of about EUR 3 billion, most of it for computing infrastructure; 65 % of the funds expected from private investment.
3. Taking part: who may join the consortium and how to apply (applications from 28 July to 10 August).',
    agenda_pl = '1. Projekt: konsorcjum Litwy, Polski, Łotwy i Estonii oraz deklaracja zainteresowania złożona Komisji Europejskiej w czerwcu 2025 r.
2. Plan: centrum gigafabryki przede wszystkim w dwóch lokalizacjach w Polsce; budżet około 3 mld euro, w większości na infrastrukturę obliczeniową; 65 % środków ma pochodzić z inwestycji prywatnych.
3. Udział: kto może dołączyć do konsorcjum i jak złożyć wniosek (wnioski od 28 lipca do 10 sierpnia).',
    agenda_lv = '1. Projekts: Lietuvas, Polijas, Latvijas un Igaunijas konsorcijs un 2025. gada jūnijā Eiropas Komisijai iesniegtais interešu apliecinājums.
2. Plāns: gigarūpnīcas centrs galvenokārt divās vietās Polijā; budžets ap 3 miljardiem eiro, lielākā daļa – skaitļošanas infrastruktūrai; 65 % līdzekļu sagaidāmi no privātām investīcijām.
3. Dalība: kas var pievienoties konsorcijam un kā pieteikties (pieteikumi no 28. jūlija līdz 10. augustam).',
    agenda_et = '1. Projekt: Leedu, Poola, Läti ja Eesti konsortsium ning 2025. aasta juunis Euroopa Komisjonile esitatud huviavaldus.
2. Plaan: gigatehase keskus peamiselt kahes asukohas Poolas; eelarve umbes 3 miljardit eurot, suurem osa andmetöötlustaristule; 65 % rahast oodatakse erainvesteeringutest.
3. Osalemine: kes võivad konsortsiumiga liituda ja kuidas taotlust esitada (taotlused 28. juulist 10. augustini).'
WHERE slug = 'info-2025-08-01';
