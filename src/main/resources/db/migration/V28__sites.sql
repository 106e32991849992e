-- Candidate sites compared on evidence (issue 18), owned by the sites module.

-- The criteria catalogue: labels in the five languages, a unit (a code the pages translate), which way is better and
-- an optional hard limit (the least acceptable value when more is better, the most when less is better). A latency
-- criterion names its hub's coordinates, from which a latency is estimated where none was measured.
CREATE TABLE site_criterion (
    code          text PRIMARY KEY,
    position      integer NOT NULL,
    label_lt      text NOT NULL,
    label_en      text NOT NULL,
    label_pl      text NOT NULL,
    label_lv      text NOT NULL,
    label_et      text NOT NULL,
    unit          text NOT NULL,
    direction     text NOT NULL CHECK (direction IN ('MORE_IS_BETTER', 'LESS_IS_BETTER')),
    hard_limit    double precision,
    hub_latitude  double precision,
    hub_longitude double precision
);

CREATE TABLE site (
    id           bigserial PRIMARY KEY,
    slug         text NOT NULL UNIQUE,
    name         text NOT NULL,
    operator     text,
    country      char(2) NOT NULL,
    latitude     double precision,
    longitude    double precision,
    status       text NOT NULL CHECK (status IN ('PROPOSED', 'SHORTLISTED', 'WITHDRAWN')),
    -- Demo sites carry made-up values; every page says so.
    illustrative boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- One value per site and criterion, with where it comes from, when it was true and who entered it.
CREATE TABLE site_value (
    site_id     bigint NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    criterion   text NOT NULL REFERENCES site_criterion (code),
    value       double precision NOT NULL,
    source      text NOT NULL,
    measured_on date,
    entered_by  text NOT NULL,
    entered_at  timestamptz NOT NULL,
    PRIMARY KEY (site_id, criterion)
);

-- An assessment: the weights a committee works with. Criteria without a row weigh nothing.
CREATE TABLE site_assessment (
    id         text PRIMARY KEY,
    title      text NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE site_assessment_weight (
    assessment_id text NOT NULL REFERENCES site_assessment (id) ON DELETE CASCADE,
    criterion     text NOT NULL REFERENCES site_criterion (code),
    weight        double precision NOT NULL CHECK (weight >= 0),
    PRIMARY KEY (assessment_id, criterion)
);

-- A frozen version for the dossier: the weights, values and results as they were, who froze it and when. Never
-- changed; a change after it makes the next version.
CREATE TABLE site_assessment_version (
    assessment_id text NOT NULL REFERENCES site_assessment (id) ON DELETE CASCADE,
    version       integer NOT NULL,
    frozen_by     text NOT NULL,
    frozen_at     timestamptz NOT NULL,
    snapshot      jsonb NOT NULL,
    PRIMARY KEY (assessment_id, version)
);

INSERT INTO site_criterion (code, position, label_lt, label_en, label_pl, label_lv, label_et, unit, direction, hard_limit,
                            hub_latitude, hub_longitude)
VALUES ('grid-capacity', 1, 'Prieinama tinklo galia', 'Grid capacity available', 'Dostępna moc przyłączeniowa',
        'Pieejamā tīkla jauda', 'Saadaolev võrguvõimsus', 'MW', 'MORE_IS_BETTER', 50, NULL, NULL),
       ('time-to-power', 2, 'Laikas iki prijungimo prie tinklo', 'Time to power', 'Czas do przyłączenia zasilania',
        'Laiks līdz pieslēgumam tīklam', 'Aeg elektrivõrguga liitumiseni', 'MONTHS', 'LESS_IS_BETTER', NULL, NULL, NULL),
       ('renewable-share', 3, 'Atsinaujinančiosios energijos dalis', 'Renewable share', 'Udział energii odnawialnej',
        'Atjaunīgās enerģijas īpatsvars', 'Taastuvenergia osakaal', 'PERCENT', 'MORE_IS_BETTER', NULL, NULL, NULL),
       ('ppa', 4, 'Elektros energijos pirkimo sutartys (PPA)', 'Power purchase agreements',
        'Umowy zakupu energii (PPA)', 'Elektroenerģijas iepirkuma līgumi (PPA)', 'Elektrienergia ostulepingud (PPA)',
        'MW', 'MORE_IS_BETTER', NULL, NULL, NULL),
       ('pue', 5, 'Projektinis PUE (energijos naudojimo efektyvumas)', 'Design PUE (power usage effectiveness)',
        'Projektowy PUE (efektywność wykorzystania energii)', 'Projektētais PUE (energoefektivitātes rādītājs)',
        'Projekteeritud PUE (energiakasutuse tõhusus)', 'RATIO', 'LESS_IS_BETTER', NULL, NULL, NULL),
       ('wue', 6, 'Projektinis WUE (vandens naudojimo efektyvumas)', 'Design WUE (water usage effectiveness)',
        'Projektowy WUE (efektywność wykorzystania wody)', 'Projektētais WUE (ūdens izmantošanas efektivitāte)',
        'Projekteeritud WUE (veekasutuse tõhusus)', 'L_PER_KWH', 'LESS_IS_BETTER', NULL, NULL, NULL),
       ('free-cooling', 7, 'Laisvojo vėsinimo valandos', 'Free-cooling hours', 'Godziny chłodzenia swobodnego',
        'Brīvās dzesēšanas stundas', 'Vabajahutuse tunnid', 'HOURS_PER_YEAR', 'MORE_IS_BETTER', NULL, NULL, NULL),
       ('water', 8, 'Vandens prieinamumas', 'Water availability', 'Dostępność wody', 'Ūdens pieejamība',
        'Vee kättesaadavus', 'M3_PER_DAY', 'MORE_IS_BETTER', NULL, NULL, NULL),
       ('land', 9, 'Žemės plotas', 'Land', 'Powierzchnia terenu', 'Zemes platība', 'Maa-ala', 'HA', 'MORE_IS_BETTER',
        NULL, NULL, NULL),
       ('room-to-expand', 10, 'Plėtros galimybės', 'Room to expand', 'Możliwość rozbudowy', 'Paplašināšanas iespējas',
        'Laiendamise võimalus', 'MW', 'MORE_IS_BETTER', NULL, NULL, NULL),
       ('latency-vilnius', 11, 'Delsa į abi puses: Vilnius', 'Round-trip latency: Vilnius',
        'Opóźnienie w obie strony: Wilno', 'Turp–atpakaļ aizture: Viļņa', 'Edasi-tagasi viivitus: Vilnius', 'MS',
        'LESS_IS_BETTER', NULL, 54.6872, 25.2797),
       ('latency-riga', 12, 'Delsa į abi puses: Ryga', 'Round-trip latency: Riga', 'Opóźnienie w obie strony: Ryga',
        'Turp–atpakaļ aizture: Rīga', 'Edasi-tagasi viivitus: Riia', 'MS', 'LESS_IS_BETTER', NULL, 56.9496, 24.1052),
       ('latency-tallinn', 13, 'Delsa į abi puses: Talinas', 'Round-trip latency: Tallinn',
        'Opóźnienie w obie strony: Tallin', 'Turp–atpakaļ aizture: Tallina', 'Edasi-tagasi viivitus: Tallinn', 'MS',
        'LESS_IS_BETTER', NULL, 59.4370, 24.7536),
       ('latency-warsaw', 14, 'Delsa į abi puses: Varšuva', 'Round-trip latency: Warsaw',
        'Opóźnienie w obie strony: Warszawa', 'Turp–atpakaļ aizture: Varšava', 'Edasi-tagasi viivitus: Varssavi', 'MS',
        'LESS_IS_BETTER', NULL, 52.2297, 21.0122),
       ('latency-krakow', 15, 'Delsa į abi puses: Krokuva', 'Round-trip latency: Kraków',
        'Opóźnienie w obie strony: Kraków', 'Turp–atpakaļ aizture: Krakova', 'Edasi-tagasi viivitus: Kraków', 'MS',
        'LESS_IS_BETTER', NULL, 50.0647, 19.9450),
       ('latency-poznan', 16, 'Delsa į abi puses: Poznanė', 'Round-trip latency: Poznań',
        'Opóźnienie w obie strony: Poznań', 'Turp–atpakaļ aizture: Poznaņa', 'Edasi-tagasi viivitus: Poznań', 'MS',
        'LESS_IS_BETTER', NULL, 52.4064, 16.9252),
       ('latency-gdansk', 17, 'Delsa į abi puses: Gdanskas', 'Round-trip latency: Gdańsk',
        'Opóźnienie w obie strony: Gdańsk', 'Turp–atpakaļ aizture: Gdaņska', 'Edasi-tagasi viivitus: Gdańsk', 'MS',
        'LESS_IS_BETTER', NULL, 54.3520, 18.6466),
       ('latency-wroclaw', 18, 'Delsa į abi puses: Vroclavas', 'Round-trip latency: Wrocław',
        'Opóźnienie w obie strony: Wrocław', 'Turp–atpakaļ aizture: Vroclava', 'Edasi-tagasi viivitus: Wrocław', 'MS',
        'LESS_IS_BETTER', NULL, 51.1079, 17.0385),
       ('latency-prague', 19, 'Delsa į abi puses: Praha', 'Round-trip latency: Prague',
        'Opóźnienie w obie strony: Praga', 'Turp–atpakaļ aizture: Prāga', 'Edasi-tagasi viivitus: Praha', 'MS',
        'LESS_IS_BETTER', NULL, 50.0755, 14.4378),
       ('electricity-price', 20, 'Elektros energijos kaina', 'Electricity price', 'Cena energii elektrycznej',
        'Elektroenerģijas cena', 'Elektri hind', 'EUR_PER_MWH', 'LESS_IS_BETTER', NULL, NULL, NULL),
       ('hazard', 21, 'Potvynių ir kitų pavojų klasė', 'Flood and other hazard class',
        'Klasa zagrożenia powodziowego i innych zagrożeń', 'Plūdu un citu apdraudējumu klase',
        'Üleujutus- ja muu ohu klass', 'CLASS', 'LESS_IS_BETTER', 4, NULL, NULL),
       ('permit-readiness', 22, 'Leidimų parengtis', 'Permit readiness', 'Gotowość pozwoleń', 'Atļauju gatavība',
        'Lubade valmidus', 'STAGE', 'MORE_IS_BETTER', NULL, NULL, NULL),
       ('heat-reuse', 23, 'Šilumos pakartotinis panaudojimas', 'Heat reuse', 'Odzysk ciepła',
        'Siltuma atkārtota izmantošana', 'Heitsoojuse taaskasutus', 'MW', 'MORE_IS_BETTER', NULL, NULL, NULL);
