import publicRoutes from './public-routes';

export default { 'public-routes': publicRoutes };
