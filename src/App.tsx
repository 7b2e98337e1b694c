import { Admin, Resource, localStorageStore } from 'react-admin';
import { authProvider } from './api/authProvider';
import { dataProvider } from './api/dataProvider';
import { i18nProvider, STORE_APP_KEY } from './i18n';
import { Layout, LoginPage, darkTheme, lightTheme } from './layout';
import { DashboardPage } from './dashboard';
import { products } from './products';
import { team } from './team';
import { brands } from './brands';
import { auditLog, claimDictionary, moderation } from './moderation';
import { verificationApplications } from './verification';
import { stores } from './stores';
import { productImports } from './productImports';
import { conversations } from './service';
import { orders } from './orders';
import { afterSales } from './afterSales';
import { quickReplies } from './quickReplies';
import { serviceSettings } from './serviceSettings';

const store = localStorageStore(undefined, STORE_APP_KEY);

export const App = () => (
  <Admin
    title="RED Console"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={DashboardPage}
    theme={lightTheme}
    darkTheme={darkTheme}
    disableTelemetry
  >
    <Resource name="products" {...products} />
    <Resource name="team" {...team} />
    <Resource name="brands" {...brands} />
    <Resource name="moderation" {...moderation} />
    <Resource name="claim-dictionary" {...claimDictionary} />
    <Resource name="audit-log" {...auditLog} />
    <Resource name="verification-applications" {...verificationApplications} />
    <Resource name="stores" {...stores} />
    <Resource name="product-imports" {...productImports} />
    <Resource name="conversations" {...conversations} />
    <Resource name="orders" {...orders} />
    <Resource name="after-sales" {...afterSales} />
    <Resource name="quick-replies" {...quickReplies} />
    <Resource name="service-settings" {...serviceSettings} />
  </Admin>
);
