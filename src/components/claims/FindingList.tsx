import { Box, List, ListItem, Typography } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import { useTranslate } from 'react-admin';
import type { Finding } from '../../domain/claims';

export interface FindingListProps {
  text: string;
  findings: readonly Finding[];
  /** Told which finding has the pointer or keyboard focus (null when none), e.g. to outline it in the text. */
  onActiveChange?: (finding: Finding | null) => void;
  id?: string;
}

/**
 * One row per finding: what the brand typed (which may be an evasion such as "Ｎｏ．１"), the rule's canonical
 * term, why it is refused and what to write instead. Rows take keyboard focus so the text can follow along.
 */
export function FindingList({ text, findings, onActiveChange, id }: FindingListProps) {
  const translate = useTranslate();
  if (findings.length === 0) return null;
  return (
    <List dense disablePadding id={id} aria-label={translate('claimInput.findings_label')}>
      {findings.map((finding) => {
        const typed = text.slice(finding.start, finding.end);
        const Icon = finding.severity === 'block' ? BlockIcon : ReportProblemOutlinedIcon;
        return (
          <ListItem
            key={`${finding.ruleId}-${finding.start}-${finding.end}`}
            tabIndex={0}
            data-severity={finding.severity}
            onFocus={() => onActiveChange?.(finding)}
            onBlur={() => onActiveChange?.(null)}
            onMouseEnter={() => onActiveChange?.(finding)}
            onMouseLeave={() => onActiveChange?.(null)}
            sx={{
              alignItems: 'flex-start',
              gap: 1,
              px: 1,
              borderRadius: 1,
              '&:hover, &:focus-visible': { bgcolor: 'action.hover' },
              '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid' },
            }}
          >
            <Icon
              fontSize="small"
              color={finding.severity === 'block' ? 'error' : 'warning'}
              sx={{ mt: 0.25 }}
              aria-hidden
            />
            <Box sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              <Typography variant="body2" component="p">
                <strong>{translate(`claims.severity.${finding.severity}`)}</strong>
                {' · '}
                {translate('claimInput.as_typed', { text: typed })}
                {typed !== finding.term
                  ? ` · ${translate('claimInput.canonical', { term: finding.term })}`
                  : null}
              </Typography>
              <Typography variant="body2" component="p" color="text.secondary">
                {translate(finding.messageKey)}
              </Typography>
              <Typography variant="body2" component="p" color="text.secondary">
                {translate('claimInput.suggestion', { suggestion: translate(finding.suggestionKey) })}
              </Typography>
            </Box>
          </ListItem>
        );
      })}
    </List>
  );
}
