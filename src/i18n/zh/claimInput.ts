// Messages of the claim-checked text input (zh), plus the platform's 422 codes for blocked copy.
export const claimInputMessages = {
  claimInput: {
    summary: {
      // Chinese has one form; both halves are given because the console uses the one/many split for zh too.
      block: '%{smart_count} 处用语不可发布 |||| %{smart_count} 处用语不可发布',
      warn: '%{smart_count} 处用语需平台审核 |||| %{smart_count} 处用语需平台审核',
      none: '未发现违禁用语',
      separator: ' · ',
    },
    findings_label: '本段文字中发现的用语',
    as_typed: '原文：“%{text}”',
    canonical: '规则词：%{term}',
    suggestion: '建议：%{suggestion}',
    validation_blocked: '请先删除不可发布的用语再保存',
    warn_note: '标记为需审核的用语将提交 RED 平台审核员，审核通过后内容才能上线。',
  },
  claims: {
    blocked: '这段文案含有 RED 不允许的用语。',
    blocked_field: 'RED 不允许此处标记的用语，请删除后再保存。',
  },
};
