import { Alert, Box, Button } from '@mui/material';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

interface BoundaryProps {
  children: ReactNode;
  fallback: (retry: () => void) => ReactNode;
}

class Boundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('[pane]', error, info.componentStack);
  }

  render() {
    return this.state.failed
      ? this.props.fallback(() => this.setState({ failed: false }))
      : this.props.children;
  }
}

/**
 * Keeps a failure inside one pane of a page that holds several (the workbench's thread and buyer
 * context): the rest of the page, and what the user typed elsewhere on it, stays usable.
 * Give it a `key` that changes with what it shows, so opening something else starts afresh.
 */
export function PaneErrorBoundary({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Boundary
      fallback={(retry) => (
        <Box sx={{ p: 2 }}>
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={retry}>
                {translate('components.pane_error.retry')}
              </Button>
            }
          >
            {translate('components.pane_error.message')}
          </Alert>
        </Box>
      )}
    >
      {children}
    </Boundary>
  );
}
