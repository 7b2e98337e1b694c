import { Button } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import type { Dashboard } from '../api';
import { Figure, FigureList, Section } from './Figure';
import { useFormatters } from './useFormatters';

export const TeamFigures = ({ team }: { team: NonNullable<Dashboard['team']> }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { count } = useFormatters();
  return (
    <Section id="dashboard-team" title={translate('dashboard.team.title')}>
      <FigureList>
        <Figure label={translate('dashboard.team.active')} value={count(team.active)} />
        <Figure label={translate('dashboard.team.invited')} value={count(team.invited)} />
        <Figure label={translate('dashboard.team.deactivated')} value={count(team.deactivated)} />
      </FigureList>
      <Button
        component={Link}
        to={createPath({ resource: 'team', type: 'list' })}
        size="small"
        sx={{ mt: 1, ml: -0.5 }}
      >
        {translate('dashboard.team.manage')}
      </Button>
    </Section>
  );
};
