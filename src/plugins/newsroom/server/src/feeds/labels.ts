/** The few words feeds and pages print around the release text, per language. */
export type Labels = {
  pressRelease: string;
  corrections: string;
  contact: string;
  about: string;
  photo: string;
  phone: string;
  email: string;
  attachments: string;
  related: string;
  otherLanguage: string;
  latest: string;
  feeds: string;
  previous: string;
  next: string;
  untitled: string;
  releaseNumber: string;
  allReleases: string;
  category: string;
  district: string;
  embargoFeed: string;
  embargoedUntil: string;
};

const LABELS: Record<string, Labels> = {
  de: {
    pressRelease: 'Pressemitteilung',
    corrections: 'Korrekturen',
    contact: 'Pressekontakt',
    about: 'Über',
    photo: 'Foto',
    phone: 'Telefon',
    email: 'E-Mail',
    attachments: 'Anhänge',
    related: 'Verwandte Meldungen',
    otherLanguage: 'Diese Meldung auf Englisch',
    latest: 'Aktuelle Pressemitteilungen',
    feeds: 'Feeds abonnieren',
    previous: 'Neuere',
    next: 'Ältere',
    untitled: 'Pressemitteilung ohne Titel',
    releaseNumber: 'Nummer',
    allReleases: 'Alle Meldungen',
    category: 'Thema',
    district: 'Stadtbezirk',
    embargoFeed: 'Sperrfristmeldungen für akkreditierte Medien',
    embargoedUntil: 'Sperrfrist bis',
  },
  en: {
    pressRelease: 'Press release',
    corrections: 'Corrections',
    contact: 'Press contact',
    about: 'About',
    photo: 'Photo',
    phone: 'Phone',
    email: 'Email',
    attachments: 'Attachments',
    related: 'Related releases',
    otherLanguage: 'This release in German',
    latest: 'Latest press releases',
    feeds: 'Subscribe to feeds',
    previous: 'Newer',
    next: 'Older',
    untitled: 'Untitled press release',
    releaseNumber: 'Number',
    allReleases: 'All releases',
    category: 'Topic',
    district: 'District',
    embargoFeed: 'Embargoed releases for accredited outlets',
    embargoedUntil: 'Embargoed until',
  },
};

export const labelsFor = (locale: string): Labels => LABELS[locale] ?? LABELS.en;
