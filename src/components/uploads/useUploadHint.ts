import { useTranslate } from 'react-admin';
import { uploadRules, type FilePurpose } from '../../api';
import { limitsOf } from './uploadFailure';

/** What a purpose accepts, in words: "PNG, JPEG, WEBP, up to 2 MB · square · 200–2000 px per side". */
export function useUploadHint(purpose: FilePurpose): string {
  const translate = useTranslate();
  const rule = uploadRules[purpose];
  const { types, max, minSide, maxSide } = limitsOf(purpose);
  const parts = [translate('uploads.hint.types', { types, max })];
  if (rule.square) parts.push(translate('uploads.hint.square'));
  if (minSide && maxSide) parts.push(translate('uploads.hint.side_range', { min: minSide, max: maxSide }));
  else if (minSide) parts.push(translate('uploads.hint.min_side', { min: minSide }));
  return parts.join(' · ');
}
