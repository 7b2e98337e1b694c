import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, HttpError } from 'react-admin';
import type { FileRef, UploadedFile } from '../../api';
import { renderInAdmin } from '../../test/renderInAdmin';
import { FileUploadInput } from './FileUploadInput';
import type { PixelReader } from './readImageSize';

const png = (name = 'logo.png', bytes = 1024) =>
  new File([new Uint8Array(bytes)], name, { type: 'image/png' });

const answer = (file: Blob, purpose: string, name = 'file'): UploadedFile => ({
  id: 'file-0001',
  purpose: purpose as UploadedFile['purpose'],
  name,
  contentType: file.type,
  size: file.size,
  url: 'data:image/png;base64,AAAA',
  width: 400,
  height: 400,
  createdAt: '2026-11-01T08:00:00.000Z',
});

const current: FileRef = { id: 'file-old', name: 'old-logo.png', contentType: 'image/png', url: 'data:,' };

const renderLogoInput = ({
  uploadFile = vi.fn(async (file: Blob, purpose: string, name?: string) => answer(file, purpose, name)),
  logo = null as FileRef | null,
  readPixels,
}: { uploadFile?: ReturnType<typeof vi.fn>; logo?: FileRef | null; readPixels?: PixelReader } = {}) => {
  const onSubmit = vi.fn();
  renderInAdmin(
    <Form record={{ id: 'brand-lumiere', logo }} onSubmit={onSubmit}>
      <FileUploadInput source="logo" purpose="logo" readPixels={readPixels} />
      <button type="submit">Submit</button>
    </Form>,
    { resource: 'brands', dataProvider: { uploadFile } },
  );
  return { uploadFile, onSubmit };
};

const submittedLogo = async (onSubmit: ReturnType<typeof vi.fn>) => {
  await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
  await waitFor(() => expect(onSubmit).toHaveBeenCalled());
  return (onSubmit.mock.calls[0]?.[0] as { logo: unknown }).logo;
};

// The picker's `accept` would filter a wrong file out before the input sees it; a drop or a mislabelled
// file does reach it, so the tests let every file through and expect the input's own checks.
const user = () => userEvent.setup({ applyAccept: false });
// The group and the hidden file input share the field's name; the picker is the input.
const picker = () => screen.getByLabelText('Logo', { selector: 'input' });

describe('FileUploadInput', () => {
  it('refuses a file of the wrong type next to the field and sends nothing', async () => {
    const { uploadFile } = renderLogoInput();
    await user().upload(picker(), new File(['%PDF'], 'logo.pdf', { type: 'application/pdf' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This type of file is not accepted here. Use PNG, JPEG, WEBP.',
    );
    expect(screen.getByRole('button', { name: 'Choose file: Logo' })).toHaveAccessibleDescription(
      /not accepted here/,
    );
    expect(uploadFile).not.toHaveBeenCalled();
  });

  it('refuses a file above the size limit, also when dropped', async () => {
    const { uploadFile } = renderLogoInput();
    const zone = screen.getByText('or drag a file here');
    fireEvent.drop(zone, {
      dataTransfer: { files: [png('huge.png', 2 * 1024 * 1024 + 1)], types: ['Files'] },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is too large. The limit is 2 MB.');
    expect(uploadFile).not.toHaveBeenCalled();
  });

  it('uploads an accepted file, previews it and puts it in the form', async () => {
    const { uploadFile, onSubmit } = renderLogoInput();
    await user().upload(picker(), png('lumiere.png'));

    expect(await screen.findByRole('img', { name: 'Preview of lumiere.png' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open lumiere.png' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('lumiere.png is uploaded.');
    expect(uploadFile).toHaveBeenCalledWith(expect.any(File), 'logo', 'lumiere.png');
    expect(await submittedLogo(onSubmit)).toEqual({
      id: 'file-0001',
      name: 'lumiere.png',
      contentType: 'image/png',
      url: 'data:image/png;base64,AAAA',
    });
  });

  it("shows the platform's refusal and keeps the file the form had", async () => {
    const uploadFile = vi.fn().mockRejectedValue(
      new HttpError('errors.validation', 422, {
        code: 'errors.validation',
        errors: { file: 'files.errors.too_small' },
      }),
    );
    const { onSubmit } = renderLogoInput({ uploadFile, logo: current });
    await user().upload(picker(), png('tiny.png'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The image is too small: each side needs at least 200 px.',
    );
    expect(screen.getByRole('link', { name: 'Open old-logo.png' })).toBeInTheDocument();
    expect(await submittedLogo(onSubmit)).toEqual(current);
  });

  it('removes the file with an undo, by keyboard', async () => {
    const { onSubmit } = renderLogoInput({ logo: current });
    const remove = screen.getByRole('button', { name: 'Remove: Logo' });
    remove.focus();
    await userEvent.keyboard('{Enter}');

    expect(screen.queryByRole('link', { name: 'Open old-logo.png' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose file: Logo' })).toHaveFocus();
    expect(screen.getByText('old-logo.png was removed.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('link', { name: 'Open old-logo.png' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove: Logo' }));
    expect(await submittedLogo(onSubmit)).toBeNull();
  });

  it('checks the decoded pixels when the browser can read them', async () => {
    const readPixels = vi.fn(async () => ({ width: 800, height: 600 }));
    const { uploadFile } = renderLogoInput({ readPixels });
    await user().upload(picker(), png('wide.png'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The image must be square; this one is 800 × 600 px.',
    );
    expect(uploadFile).not.toHaveBeenCalled();
  });

  it('refuses an image the browser cannot decode', async () => {
    const readPixels = vi.fn().mockRejectedValue(new DOMException('bad image', 'InvalidStateError'));
    const { uploadFile } = renderLogoInput({ readPixels });
    await user().upload(picker(), png('broken.png'));
    expect(await screen.findByRole('alert')).toHaveTextContent("This image can't be read.");
    expect(uploadFile).not.toHaveBeenCalled();
  });

  it('leaves the pixel checks to the platform where images cannot be decoded (jsdom)', async () => {
    expect(typeof globalThis.createImageBitmap).toBe('undefined');
    const { uploadFile } = renderLogoInput();
    await user().upload(picker(), png('unknown-size.png'));
    await waitFor(() => expect(uploadFile).toHaveBeenCalledTimes(1));
  });

  it('shows the form field error the platform answered for the field', async () => {
    renderInAdmin(
      <Form
        record={{ id: 'a', logo: null }}
        onSubmit={vi.fn()}
        validate={() => ({ logo: 'validation.required' })}
      >
        <FileUploadInput source="logo" purpose="logo" />
        <button type="submit">Submit</button>
      </Form>,
      { resource: 'brands' },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Choose file: Logo' })).toHaveAccessibleDescription(
        /Required/,
      ),
    );
  });
});
