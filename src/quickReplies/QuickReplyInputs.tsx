import { TextInput } from 'react-admin';
import { VersionInput } from '../components/VersionInput';
import { QuickReplyBodyInput } from './QuickReplyBodyInput';
import { quickReplyValidators } from './quickReplyValidation';
import { TemplatePreview } from './TemplatePreview';

/** The quick-reply form, shared by QuickReplyCreate and QuickReplyEdit. */
export const QuickReplyInputs = () => (
  <>
    <VersionInput />
    <TextInput source="title" validate={quickReplyValidators.title} fullWidth />
    <QuickReplyBodyInput />
    <TemplatePreview />
  </>
);
