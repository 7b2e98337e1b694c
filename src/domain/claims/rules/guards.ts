import type { GuardId } from '../dictionary/types';
import * as en from './guardsEn';
import type { Guard } from './guardTypes';
import * as zh from './guardsZh';

export const guards: Record<GuardId, Guard> = {
  zui: zh.zui,
  rank: zh.rank,
  uniqZh: zh.uniqZh,
  ceiling: zh.ceiling,
  officialSupply: zh.officialSupply,
  stateBanquet: zh.stateBanquet,
  bodyScopeZh: zh.bodyScope,
  hairLossZh: zh.hairLossZh,
  stockLeftZh: zh.stockLeftZh,
  no1: en.no1,
  bestEn: en.bestEn,
  theOnly: en.theOnly,
  medicalVerbEn: en.medicalVerbEn,
  bodyScopeEn: en.bodyScopeEn,
  onlyLeft: en.onlyLeft,
  guaranteedTo: en.guaranteedTo,
  permanent: en.permanent,
};
