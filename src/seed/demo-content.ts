import { b, h, link, p, quote, ul, type Block } from './blocks';

/**
 * Demo releases for a development database, written from shared/fixtures/demo-facts.md. Every
 * invented detail (contact, phone, traffic notice, draft) is marked as demo data.
 */

export type DemoText = {
  title: string;
  subtitle?: string;
  lead: string;
  body: Block[];
  dateline: string;
  imageCaption?: string;
  imageAlt?: string;
  correction?: string;
};

export type DemoRelease = {
  key: string;
  releaseNumber?: string;
  /** Days from now; negative is the past. */
  releaseInDays: number;
  embargoInDays?: number;
  publish: boolean;
  categories: string[];
  districts: string[];
  image?: { label: string; credit: string; licence: string };
  de: DemoText;
  en?: DemoText;
};

export const DEMO_CATEGORIES: { key: string; de: string; en: string }[] = [
  { key: 'climate', de: 'Klimaschutz', en: 'Climate' },
  { key: 'urban', de: 'Stadtentwicklung', en: 'Urban development' },
  { key: 'traffic', de: 'Verkehr', en: 'Traffic' },
  { key: 'services', de: 'Bürgerservice', en: 'Citizen services' },
];

/** Leipzig's ten city districts (Stadtbezirke); the names are the same in both languages. */
export const DEMO_DISTRICTS = [
  'Mitte',
  'Nordost',
  'Ost',
  'Südost',
  'Süd',
  'Südwest',
  'West',
  'Alt-West',
  'Nordwest',
  'Nord',
];

export const DEMO_CONTACT = {
  name: 'Clara Beispiel (Demo)',
  email: 'presse@example.org',
  phone: '+49 341 000-0000',
  functionDe: 'Pressesprecherin der Stadt Leipzig (Demo-Kontakt)',
  functionEn: 'Press spokesperson, City of Leipzig (demo contact)',
};

export const DEMO_NEWSROOM = {
  website: 'https://www.leipzig.de',
  de: {
    organisationName: 'Stadt Leipzig – Referat Kommunikation (Demo)',
    boilerplate:
      'Leipzig ist mit über 600.000 Einwohnerinnen und Einwohnern die größte Stadt Sachsens. Die Pressestelle informiert über Beschlüsse, Projekte und Termine der Stadtverwaltung. (Demo-Inhalt)',
  },
  en: {
    organisationName: 'City of Leipzig – Communications Office (demo)',
    boilerplate:
      "With more than 600,000 inhabitants, Leipzig is Saxony's largest city. The press office reports on the decisions, projects and events of the city administration. (Demo content)",
  },
};

export const DEMO_RELEASES: DemoRelease[] = [
  {
    key: 'mission-label',
    releaseNumber: 'PM 101/2025 (Demo)',
    releaseInDays: -3,
    publish: true,
    categories: ['climate', 'urban'],
    districts: [],
    image: {
      label: 'Leipzig – Mission-Label',
      credit: 'Stadt Leipzig / Demo-Grafik',
      licence: 'CC BY 4.0 (Demo)',
    },
    de: {
      title: 'Leipzig erhält EU-Mission-Label für Klimaneutralität',
      subtitle: 'Auszeichnung in Vilnius öffnet den Weg zu Fördermitteln',
      lead: 'Die Europäische Kommission hat Leipzig am 7. Mai 2025 in Vilnius das Mission-Label für Klimaneutralität verliehen. Leipzig gehört damit zu 112 europäischen Städten, die in der EU-Mission „100 klimaneutrale und intelligente Städte bis 2030“ ausgezeichnet wurden.',
      dateline: 'Leipzig',
      body: [
        p(
          'Oberbürgermeister Burkhard Jung sieht in dem Label einen ',
          b('entscheidenden Meilenstein'),
          ' auf dem Weg der Stadt zur Klimaneutralität. Dieses Ziel verfolgt Leipzig, seit der Stadtrat 2022 das Energie- und Klimaschutzprogramm (EKSP 2030) beschlossen hat.'
        ),
        h('Zugang zu Fördermitteln'),
        p(
          'Mit dem Label erhält die Stadt Zugang zu Finanzierungsangeboten über den 2024 gestarteten Climate City Capital Hub. Die Mission wird von ',
          link('https://netzerocities.eu', 'NetZeroCities'),
          ' begleitet.'
        ),
        ul(
          'Auch Dresden wurde ausgezeichnet.',
          'Beide Städte werben um Unterstützung von EU, Bund und Freistaat Sachsen.',
          'Mehr als 75 Prozent der Menschen in der EU leben in Städten.'
        ),
        quote('Städte sind der Schlüssel, wenn Europa bis 2050 klimaneutral werden will.'),
      ],
      imageCaption: 'Symbolbild: Leipzigs Skyline im Grünen (Demo-Grafik)',
      imageAlt: 'Gezeichnete grüne Stadtsilhouette unter blauem Himmel mit Sonne',
      correction:
        'In einer früheren Fassung stand, 110 Städte seien ausgezeichnet worden; richtig sind 112.',
    },
    en: {
      title: 'Leipzig receives EU Mission Label for climate neutrality',
      subtitle: 'Award in Vilnius opens the door to funding',
      lead: 'On 7 May 2025 in Vilnius, the European Commission awarded Leipzig the Mission Label for climate neutrality. Leipzig is one of 112 European cities recognised within the EU mission "100 climate-neutral and smart cities by 2030".',
      dateline: 'Leipzig',
      body: [
        p(
          'Mayor Burkhard Jung called the label a ',
          b('decisive milestone'),
          " on the city's path to climate neutrality, a goal Leipzig has pursued since the city council adopted its energy and climate protection programme (EKSP 2030) in 2022."
        ),
        h('Access to funding'),
        p(
          'The label opens access to financing through the Climate City Capital Hub, launched in 2024. The mission is supported by ',
          link('https://netzerocities.eu', 'NetZeroCities'),
          '.'
        ),
        ul(
          'Dresden received the label too.',
          'Both cities are seeking support from the EU, the federal government and the state of Saxony.',
          'More than 75 per cent of people in the EU live in urban areas.'
        ),
        quote('Cities are the key if Europe is to become climate-neutral by 2050.'),
      ],
      imageCaption: "Illustration: Leipzig's skyline in green (demo graphic)",
      imageAlt: 'Drawn green city skyline under a blue sky with the sun',
      correction:
        'An earlier version said 110 cities had received the label; the correct number is 112.',
    },
  },
  {
    key: 'climate-conference',
    releaseNumber: 'PM 102/2025 (Demo)',
    releaseInDays: 3,
    embargoInDays: 3,
    publish: false,
    categories: ['climate'],
    districts: ['Mitte'],
    de: {
      title: 'Einladung: Festliche Klimakonferenz in der Alten Handelsbörse',
      lead: 'Zur Feier des EU-Mission-Labels lädt die Stadt Leipzig die Partner ihres Klimastadtvertrags am Dienstag, 10. Juni 2025, zu einer festlichen Klimakonferenz in die Alte Handelsbörse ein. Medienvertreterinnen und -vertreter sind herzlich willkommen.',
      dateline: 'Leipzig',
      body: [
        p(
          'Im Klimastadtvertrag haben sich mehr als 50 Leipziger Unternehmen, Forschungseinrichtungen und kommunale Versorger zusammengeschlossen. Er bündelt zahlreiche Maßnahmen für den Klimaschutz.'
        ),
        quote(
          'Oberbürgermeister Burkhard Jung: Ein klimagerechter Weg gelingt nur, wenn sich die ganze Stadtgesellschaft daran beteiligt.'
        ),
        p(
          'Den Festvortrag hält Prof. Dr. Anders Levermann vom Potsdam-Institut für Klimafolgenforschung über klimaneutrale Stadtentwicklung und wirtschaftliche Trends.'
        ),
        h('Termin für die Presse'),
        ul(
          'Dienstag, 10. Juni 2025',
          'Alte Handelsbörse, Naschmarkt, Leipzig',
          'Akkreditierung über die Pressestelle'
        ),
      ],
    },
    en: {
      title: 'Invitation: festive climate conference at the Alte Handelsbörse',
      lead: 'To celebrate the EU Mission Label, the City of Leipzig invites the partners of its climate city contract to a festive climate conference at the Alte Handelsbörse on Tuesday, 10 June 2025. Members of the press are welcome.',
      dateline: 'Leipzig',
      body: [
        p(
          "More than 50 Leipzig companies, research institutions and municipal utilities have joined the city's climate contract, which bundles many climate protection measures."
        ),
        quote(
          'Mayor Burkhard Jung: a climate-just path only succeeds if the whole urban society takes part.'
        ),
        p(
          'Prof. Dr. Anders Levermann of the Potsdam Institute for Climate Impact Research gives the keynote on climate-neutral urban development and economic trends.'
        ),
        h('Press appointment'),
        ul(
          'Tuesday, 10 June 2025',
          'Alte Handelsbörse, Naschmarkt, Leipzig',
          'Accreditation through the press office'
        ),
      ],
    },
  },
  {
    key: 'tram-diversion',
    releaseNumber: 'PM 103/2025 (Demo)',
    releaseInDays: -1,
    publish: true,
    categories: ['traffic'],
    districts: ['Südost'],
    de: {
      title: 'Straßenbahn über die Brücke: Umleitung in Südost wegen Gleisbau (Demo)',
      lead: 'Wegen Gleisbauarbeiten fahren die Straßenbahnen im Stadtbezirk Südost zwei Wochen lang eine Umleitung. Ein Ersatzverkehr mit Bussen ist eingerichtet. (Erfundene Demo-Meldung)',
      dateline: 'Leipzig',
      body: [
        p(
          'Die Arbeiten beginnen am Montag um 4 Uhr und dauern voraussichtlich bis Freitag der Folgewoche.'
        ),
        ul(
          'Umleitung über die Brücke am Südost-Ring',
          'Ersatzbusse im 10-Minuten-Takt',
          'Haltestellen sind ausgeschildert'
        ),
        p('Die Stadt bittet Anwohnerinnen und Anwohner um Verständnis.'),
      ],
    },
  },
  {
    key: 'draft-office-hours',
    releaseInDays: 10,
    publish: false,
    categories: ['services'],
    districts: ['Nord'],
    de: {
      title: 'ENTWURF: Neue Öffnungszeiten der Bürgerämter (Demo, nicht veröffentlichen)',
      lead: 'Dieser Entwurf ist noch nicht abgestimmt und darf nirgends öffentlich erscheinen. (Demo-Entwurf)',
      dateline: 'Leipzig',
      body: [p('Die neuen Öffnungszeiten werden noch mit dem Personalrat abgestimmt.')],
    },
  },
];
