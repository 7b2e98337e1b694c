import SearchIcon from '@mui/icons-material/Search';
import { InputAdornment, TextField } from '@mui/material';
import { useEffect, useRef, useState, type Ref } from 'react';
import { useTranslate } from 'react-admin';

const DEBOUNCE_MS = 300;

interface InboxSearchProps {
  value: string;
  onSearch(q: string): void;
  inputRef?: Ref<HTMLInputElement>;
}

/** Search by buyer, message or order number; asks the platform 300 ms after the typing stops. */
export function InboxSearch({ value, onSearch, inputRef }: InboxSearchProps) {
  const translate = useTranslate();
  const [text, setText] = useState(value);
  const latestSearch = useRef(onSearch);
  useEffect(() => {
    latestSearch.current = onSearch;
  });

  // The URL changed from outside (back button, "clear filters"): show what is searched.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }

  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => latestSearch.current(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <TextField
      type="search"
      size="small"
      fullWidth
      value={text}
      onChange={(event) => setText(event.target.value)}
      label={translate('service.inbox.search')}
      placeholder={translate('service.inbox.search_placeholder')}
      inputRef={inputRef}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
