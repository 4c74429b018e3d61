import feeds from './feeds';
import pages from './pages';
import translations from './translations';
import xliff from './xliff';

export default { feeds, pages, translations, xliff };
