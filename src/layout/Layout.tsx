import { Layout as RaLayout, type LayoutProps } from 'react-admin';
import { AppBar } from './AppBar';
import { HtmlLang } from './HtmlLang';
import { Menu } from './Menu';

export const Layout = ({ children }: LayoutProps) => (
  <RaLayout appBar={AppBar} menu={Menu}>
    <HtmlLang />
    {children}
  </RaLayout>
);
