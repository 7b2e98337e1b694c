import { AppBar as RaAppBar, LoadingIndicator, ToggleThemeButton, TitlePortal } from 'react-admin';
import { LanguageMenu } from './LanguageMenu';
import { UserMenu } from './UserMenu';

/** Page title, then language, theme, loading and the user menu; each shrinks to an icon on phones. */
export const AppBar = () => (
  <RaAppBar userMenu={<UserMenu />} toolbar={<AppBarTools />}>
    <TitlePortal sx={{ minWidth: 0 }} />
  </RaAppBar>
);

const AppBarTools = () => (
  <>
    <LanguageMenu />
    <ToggleThemeButton />
    <LoadingIndicator />
  </>
);
