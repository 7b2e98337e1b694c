/**
 * N4 (case-sensitive look-alikes, applied before casefold) and N5 (traditional to simplified).
 * N4 is a UTS #39 subset: Greek capital Ν must become N before casefold, or it would turn into ν (a "v").
 */
const CONFUSABLE_FROM = 'АВЕКМНОРСТХУЅІЈаеёорсухѕіјһԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧαεικνορτυχ°€’‘´';
const CONFUSABLE_TO = "ABEKMHOPCTXYSIJaeeopcyxsijhdqwABEZHIKMNOPTYXaeikvoptuxoe'''";

export const confusableMap: ReadonlyMap<string, string> = zipMap(CONFUSABLE_FROM, CONFUSABLE_TO);

// At least every character used in a term or a context word (RULES.md N5); OpenCC would do in production.
const TRADITIONAL =
  '頂級國獨無絕對銷極療癒藥專僅萬優強選創發價寶際機關馳標薦醫殺處徹體膚臉質衛網員軍隊領導檢會紀錄實將漲' +
  '過這個們說覺認為愛時歡暢熱業權適讓種進劃齊與倫後內榮稱蟬聯奪問額場類門貨亞東識碼號險風證見終選巔屆' +
  '紋滅濕銀瘡錯馬驗兩釣魚臺館師劑純總來據統計週獎遺題燈裝廳臥裡裏頭髮絲護嬰兒潔華產錢沒溫點鐘達嗎麼' +
  '從讚揚儘盡層歲費務聖傳條廣擇氣勁減溫寫齡儀賣買單勢輕戰錶鑰匙膠鬆顏陽黃觀紅麗濃粧妝療癢陰問龍';
const SIMPLIFIED =
  '顶级国独无绝对销极疗愈药专仅万优强选创发价宝际机关驰标荐医杀处彻体肤脸质卫网员军队领导检会纪录实将涨' +
  '过这个们说觉认为爱时欢畅热业权适让种进划齐与伦后内荣称蝉联夺问额场类门货亚东识码号险风证见终选巅届' +
  '纹灭湿银疮错马验两钓鱼台馆师剂纯总来据统计周奖遗题灯装厅卧里里头发丝护婴儿洁华产钱没温点钟达吗么' +
  '从赞扬尽尽层岁费务圣传条广择气劲减温写龄仪卖买单势轻战表钥匙胶松颜阳黄观红丽浓妆妆疗痒阴问龙';

export const traditionalToSimplified: ReadonlyMap<string, string> = zipMap(TRADITIONAL, SIMPLIFIED);

function zipMap(from: string, to: string): Map<string, string> {
  const a = Array.from(from);
  const b = Array.from(to);
  if (a.length !== b.length) throw new Error(`mapping tables differ in length: ${a.length} vs ${b.length}`);
  return new Map(a.map((c, k) => [c, b[k]]));
}
