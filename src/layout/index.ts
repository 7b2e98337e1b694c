export { Layout } from './Layout';
export { LoginPage } from './LoginPage';
export { lightTheme, darkTheme } from './themes';
