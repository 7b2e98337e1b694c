import { each, en, zh } from './build';
import type { TermEntry } from './types';

/** RULES.md §3.4: medical and efficacy claims. */
const medZh = (term: string) => zh('R-MED-ZH', 'MED', 'block', term);
const warnZh = (term: string) => zh('R-MED-W', 'MED', 'warn', term);
const warnEn = (term: string) => en('R-MED-W', 'MED', 'warn', term);

export const medicalTerms: TermEntry[] = [
  ...each(medZh, ['治疗', '根治', '药用', '处方', '消炎', '抗炎', '抗敏', '脱敏', '防敏', '生发', '妊娠纹']),
  ...each(medZh, ['药妆', '医美', '排毒', '抗癌', '防癌']),
  zh('R-MED-ZH', 'MED', 'block', '治愈', ['治愈', '治好']),
  zh('R-MED-ZH', 'MED', 'block', '祛疤', ['祛疤', '去疤']),
  zh('R-MED-ZH', 'MED', 'block', '医疗级', ['医疗级', '医用级']),
  zh('R-MED-ZH', 'MED', 'block', '溶脂', ['溶脂', '吸脂']),
  ...['抗菌', '抑菌', '杀菌', '除菌', '灭菌'].map((term) =>
    zh('R-MED-ZH', 'MED', 'block', term, [term], 'bodyScopeZh'),
  ),
  en('R-MED-EN', 'MED', 'block', 'cure', ['cure', 'cures', 'cured', 'curing'], { guard: 'medicalVerbEn' }),
  en('R-MED-EN', 'MED', 'block', 'cure', ['cure-all', 'cure all', 'cureall']),
  en(
    'R-MED-EN',
    'MED',
    'block',
    'treat',
    ['treat', 'treats', 'treating', 'treated', 'treatment', 'treatments'],
    {
      guard: 'medicalVerbEn',
    },
  ),
  en('R-MED-EN', 'MED', 'block', 'heal', ['heal', 'heals', 'healing', 'healed'], { guard: 'medicalVerbEn' }),
  en('R-MED-EN', 'MED', 'block', 'anti-inflammatory', [
    'anti-inflammatory',
    'anti inflammatory',
    'antiinflammatory',
  ]),
  en(
    'R-MED-EN',
    'MED',
    'block',
    'antibacterial',
    ['antibacterial', 'anti-bacterial', 'antimicrobial', 'anti-microbial'],
    {
      guard: 'bodyScopeEn',
    },
  ),
  en('R-MED-EN', 'MED', 'block', 'medical-grade', ['medical-grade', 'medical grade']),
  en('R-MED-EN', 'MED', 'block', 'prescription-strength', ['prescription-strength', 'prescription strength']),
  en('R-MED-EN', 'MED', 'block', 'hair regrowth', [
    'hair regrowth',
    'hair re-growth',
    'regrow hair',
    'regrows hair',
    'regrowing hair',
    'regrowth of hair',
  ]),
  ...each(warnZh, ['祛斑', '美白', '淡斑', '湿疹', '皮炎', '银屑病', '痤疮', '白癜风', '黄褐斑']),
  zh('R-MED-W', 'MED', 'warn', '防脱', ['防脱'], 'hairLossZh'),
  ...each(warnEn, ['whitening', 'eczema', 'psoriasis', 'dermatitis', 'rosacea']),
  en('R-MED-W', 'MED', 'warn', 'clinically proven', ['clinically proven', 'clinically-proven']),
];
