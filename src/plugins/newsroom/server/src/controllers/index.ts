import feeds from './feeds';
import pages from './pages';
import publishing from './publishing';
import translations from './translations';
import xliff from './xliff';

export default { feeds, pages, publishing, translations, xliff };
