import { useState, type MouseEvent } from 'react';
import { Button, IconButton, Menu, MenuItem, Tooltip, useMediaQuery, type Theme } from '@mui/material';
import LanguageIcon from '@mui/icons-material/Translate';
import { useLocaleState, useLocales, useTranslate } from 'react-admin';
import { languageTag } from '../i18n';

/**
 * Language switch for the app bar and the sign-in page. Unlike react-admin's LocalesMenuButton it shrinks to an
 * icon on phones and keeps an accessible name there; each language name is tagged with its own language.
 */
export const LanguageMenu = () => {
  const translate = useTranslate();
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const current = languages.find((language) => language.locale === locale);
  const label = translate('layout.language');
  const open = (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget);
  const buttonProps = {
    'aria-haspopup': 'menu' as const,
    'aria-controls': anchor ? 'language-menu' : undefined,
  };

  return (
    <>
      {isSmall ? (
        <Tooltip title={label}>
          <IconButton color="inherit" aria-label={label} onClick={open} {...buttonProps}>
            <LanguageIcon />
          </IconButton>
        </Tooltip>
      ) : (
        <Button
          color="inherit"
          startIcon={<LanguageIcon />}
          aria-label={`${label}: ${current?.name ?? locale}`}
          onClick={open}
          sx={{ textTransform: 'none' }}
          {...buttonProps}
        >
          <span lang={languageTag(locale)}>{current?.name ?? locale}</span>
        </Button>
      )}
      <Menu id="language-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {languages.map((language) => (
          <MenuItem
            key={language.locale}
            lang={languageTag(language.locale)}
            selected={language.locale === locale}
            onClick={() => {
              setLocale(language.locale);
              setAnchor(null);
            }}
          >
            {language.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
