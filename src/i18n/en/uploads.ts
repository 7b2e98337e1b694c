// Messages (en) of the uploads work; merged into the catalogue by ./index.ts.
// `files.errors.*` are the contract's keys (uploadProblem), answered by the console and the platform alike.
export const uploadsMessages = {
  files: {
    errors: {
      type: 'This type of file is not accepted here. Use %{types}.',
      too_large: 'This file is too large. The limit is %{max}.',
      empty: 'This file is empty.',
      not_square: 'The image must be square; this one is %{width} × %{height} px.',
      too_small: 'The image is too small: each side needs at least %{min} px.',
      too_big: 'The image is too large: no side may exceed %{max} px.',
      unreadable: "This image can't be read. It may be damaged; export it again and retry.",
      unknown_file: "This file isn't one of your brand's uploads; upload it again.",
      wrong_purpose: 'This file was uploaded for another use; upload it here again.',
    },
  },
  uploads: {
    choose: 'Choose file',
    choose_for: 'Choose file: %{field}',
    drop_here: 'or drag a file here',
    drop_now: 'Drop the file to upload it',
    replace: 'Replace',
    replace_for: 'Replace: %{field}',
    remove: 'Remove',
    remove_for: 'Remove: %{field}',
    undo: 'Undo',
    removed: '%{name} was removed.',
    replaced: '%{name} was replaced.',
    uploading: 'Uploading %{name}…',
    uploaded: '%{name} is uploaded.',
    open: 'Open %{name}',
    preview: 'Preview of %{name}',
    no_file: 'No file',
    pdf: 'PDF document',
    not_square_plain: 'The image must be square.',
    hint: {
      types: '%{types}, up to %{max}',
      square: 'square',
      min_side: 'at least %{min} px per side',
      side_range: '%{min}–%{max} px per side',
    },
  },
};
