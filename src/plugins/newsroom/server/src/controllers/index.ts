import feeds from './feeds';
import pages from './pages';

export default { feeds, pages };
