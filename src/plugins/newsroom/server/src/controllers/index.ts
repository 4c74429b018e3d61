import feeds from './feeds';
import pages from './pages';
import translations from './translations';

export default { feeds, pages, translations };
