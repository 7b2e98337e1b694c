/** English explanations and rewrite suggestions, merged into the console's i18n messages under `claims`. */
export const claimMessagesEn = {
  claims: {
    rules: {
      'R-SUP-ZUI': {
        message: 'A 最-superlative (最佳, 最好, 最低价…) is an absolute term banned by Ad Law art. 9(3).',
        suggestion:
          'Describe the concrete benefit instead, e.g. "lightweight and fast-absorbing" rather than "the best".',
      },
      'R-SUP-RANK': {
        message:
          'A "No. 1" ranking (销量第一, 排名第一) is an absolute claim that needs a dated, sourced fact.',
        suggestion:
          'Remove the ranking, or state the period and source, e.g. "Tmall face-cream sales, March 2025 (source: …)".',
      },
      'R-SUP-NO1': {
        message:
          '"No.1", "#1" or "TOP1" is a ranking claim; the platform bans it in brand copy without verification.',
        suggestion: 'Drop the ranking or replace it with a verifiable, dated fact and its source.',
      },
      'R-SUP-TOP': {
        message:
          'Extreme words (顶级, 极致, 世界级, world-class…) read as "the best" and are treated as absolute terms.',
        suggestion: 'Say what makes the product good: the ingredient, the process, the test result.',
      },
      'R-SUP-UNIQ': {
        message: 'Uniqueness claims (唯一, 独一无二, "the only") are absolute unless proven.',
        suggestion: 'Describe the distinctive feature without claiming nobody else has it.',
      },
      'R-SUP-EN': {
        message:
          'Unqualified superlatives ("best", "cheapest", "most effective") need third-party verification.',
        suggestion:
          'Use a factual description or a comparison you can prove, e.g. "our lightest formula yet".',
      },
      'R-SUP-LEAD': {
        message: '"领先" (leading) needs data to back it up.',
        suggestion: 'Add the evidence (test, ranking source and period) or describe the technology plainly.',
      },
      'R-SUP-SLANG': {
        message: 'Slang for "the best" (天花板, yyds) is reviewed as a superlative.',
        suggestion: 'Describe your experience concretely instead of using superlative slang.',
      },
      'R-SUP-NEW': {
        message: '"最新科技" (latest technology) is a superlative claim that needs evidence.',
        suggestion: 'Name the technology and when it was introduced instead of calling it the latest.',
      },
      'R-SUP-TOPRATED': {
        message: '"Top-rated" is a ranking claim; ratings change and need a source.',
        suggestion: 'Quote the actual rating with its source and date, or remove it.',
      },
      'R-FIRST': {
        message: 'Firstness and exclusivity claims (首个, 首创, 独家, "world\'s first") must be provable.',
        suggestion:
          'Keep it only with evidence (patent, launch record); otherwise describe the product without "first".',
      },
      'R-ABS-ZH': {
        message: 'Absolute or guaranteed-efficacy wording (绝对, 永久, 100%有效, 无副作用) is not allowed.',
        suggestion: 'Describe typical results with their conditions, e.g. "in a 4-week test, 86% of users…".',
      },
      'R-ABS-EN': {
        message: 'Guarantees of results, "permanent", "miracle" or "no side effects" are absolute claims.',
        suggestion:
          'State realistic results and the evidence behind them; avoid guarantees of efficacy or safety.',
      },
      'R-ABS-W': {
        message: '"100% natural" / 纯天然 / "100% pure" needs proof that every ingredient qualifies.',
        suggestion:
          'Give the share of natural-origin ingredients instead, e.g. "98% ingredients of natural origin".',
      },
      'R-AUTH-ZH': {
        message:
          'State-level or official-supply wording (国家级, 特供, 国家机关推荐, 免检, 驰名商标) is banned.',
        suggestion: 'Remove references to state bodies, official supply or endorsement.',
      },
      'R-AUTH-EN': {
        message: 'Claims of government endorsement, state supply or "national-level" status are banned.',
        suggestion: 'Remove the endorsement claim; cite only certifications you hold, by their exact name.',
      },
      'R-AUTH-W': {
        message:
          'Certificates and professional endorsements (老字号, doctor recommended, FDA approved) need proof.',
        suggestion:
          'Attach the certificate or study; FDA does not approve cosmetics, so rephrase such claims.',
      },
      'R-MED-ZH': {
        message:
          'Medical or drug-like efficacy (治疗, 根治, 消炎, 生发, 抗菌…) is not allowed for cosmetics and general goods.',
        suggestion:
          'Describe cosmetic effects only, e.g. "helps keep skin looking calm" instead of "anti-inflammatory".',
      },
      'R-MED-EN': {
        message: 'Claims to cure, treat or heal a condition, or "medical-grade" wording, are medical claims.',
        suggestion:
          'Describe cosmetic care ("soothes the look of redness") and never name a disease as the target.',
      },
      'R-MED-W': {
        message:
          'Special-cosmetic efficacy (美白, 祛斑, 防脱, whitening) or a disease name needs a registration or review.',
        suggestion:
          'Keep it only with the NMPA special-cosmetic registration; otherwise use "brightening-looking".',
      },
      'R-URG': {
        message: 'Urgency or scarcity claims (last chance, 仅剩3件) must be true at the time of publishing.',
        suggestion: 'Show real stock or a dated promotion period instead of pressure wording.',
      },
      'R-CUSTOM': {
        message: "This term is on the platform moderators' banned-claims list.",
        suggestion: 'Rephrase without this term; ask a moderator if you believe it is used legitimately.',
      },
    },
    categories: {
      SUP: 'Superlative or ranking',
      ABS: 'Absolute or guarantee',
      AUTH: 'Authority or endorsement',
      MED: 'Medical or efficacy',
      URG: 'False urgency',
    },
    severity: {
      block: 'Cannot be published',
      warn: 'Needs review or evidence',
      pass: 'No banned claims found',
    },
  },
};
