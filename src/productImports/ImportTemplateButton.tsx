import TemplateIcon from '@mui/icons-material/DescriptionOutlined';
import { Button } from '@mui/material';
import { useGetIdentity, useGetOne, useTranslate } from 'react-admin';
import type { Store } from '../api';
import { importTemplateCsv } from './importTemplate';
import { saveCsv } from './importFile';

/** Downloads a template made for the brand's store: cross-border stores get the customs columns filled in. */
export const ImportTemplateButton = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const brandId = typeof identity?.brandId === 'string' ? identity.brandId : '';
  const { data: store } = useGetOne<Store>('stores', { id: brandId }, { enabled: brandId !== '' });
  const download = () =>
    saveCsv(
      importTemplateCsv({
        tradeModel: store?.tradeModel ?? null,
        originCountry: store?.shippingOrigin,
      }),
      'product-import-template.csv',
    );
  return (
    <Button variant="outlined" startIcon={<TemplateIcon />} onClick={download}>
      {translate('product_imports.template.download')}
    </Button>
  );
};
