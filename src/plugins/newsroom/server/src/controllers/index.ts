import feeds from './feeds';
import outlets from './outlets';
import pages from './pages';
import publishing from './publishing';
import schedules from './schedules';
import sitemaps from './sitemaps';
import translations from './translations';
import xliff from './xliff';

export default { feeds, outlets, pages, publishing, schedules, sitemaps, translations, xliff };
