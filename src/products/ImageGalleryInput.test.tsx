import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SimpleForm } from 'react-admin';
import type { FileRef, UploadedFile } from '../api';
import type { ImageSize } from '../components/uploads';
import { renderInAdmin } from '../test/renderInAdmin';
import { ImageGalleryInput } from './ImageGalleryInput';

const image = (name: string): FileRef => ({
  id: `file-${name}`,
  name,
  contentType: 'image/png',
  url: `https://files.example.test/${name}`,
});

const pngFile = (name: string, bytes = 2048) =>
  new File([new Uint8Array(bytes)], name, { type: 'image/png' });

/** What the platform answers for an upload: the file it stored. */
const uploaded = (file: Blob, name: string): UploadedFile => ({
  id: `file-${name}`,
  purpose: 'product_image',
  name,
  contentType: file.type,
  size: file.size,
  url: `https://files.example.test/${name}`,
  width: 800,
  height: 800,
  createdAt: '2026-11-01T08:00:00.000Z',
});

const renderGallery = (images: FileRef[], sizes: Record<string, ImageSize> = {}) => {
  const onSubmit = vi.fn();
  const uploadFile = vi.fn(async (file: Blob, _purpose: string, name: string) => uploaded(file, name));
  const readPixels = async (file: Blob) => sizes[(file as File).name] ?? { width: 800, height: 800 };
  renderInAdmin(
    <SimpleForm defaultValues={{ images }} onSubmit={onSubmit}>
      <ImageGalleryInput readPixels={readPixels} />
    </SimpleForm>,
    { path: '/products/create', dataProvider: { uploadFile } },
  );
  return { onSubmit, uploadFile };
};

const tiles = () =>
  screen.getAllByRole('listitem').map((tile) => within(tile).getByRole('img').getAttribute('alt'));
const saved = async (onSubmit: ReturnType<typeof vi.fn>) => {
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(onSubmit).toHaveBeenCalled());
  return (onSubmit.mock.calls.at(-1)?.[0].images as FileRef[]).map((file) => file.name);
};

describe('ImageGalleryInput', { timeout: 60_000 }, () => {
  it('uploads several images as product images and shows them, the first as the cover', async () => {
    const { onSubmit, uploadFile } = renderGallery([]);
    expect(
      await screen.findByText('No images yet. Buyers see the first one as the cover.'),
    ).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('Add images'), [pngFile('front.png'), pngFile('side.png')]);

    await waitFor(() => expect(tiles()).toEqual(['Preview of front.png', 'Preview of side.png']));
    expect(uploadFile).toHaveBeenCalledTimes(2);
    expect(uploadFile.mock.calls[0]?.[1]).toBe('product_image');
    expect(
      within(screen.getByRole('listitem', { name: 'Image 1 of 2' })).getByText('Cover'),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 image(s) added.');
    expect(await saved(onSubmit)).toEqual(['front.png', 'side.png']);
  });

  it('refuses an image that is not square before sending it, and adds the others', async () => {
    const { uploadFile } = renderGallery([], { 'wide.png': { width: 1200, height: 800 } });
    await userEvent.upload(await screen.findByLabelText('Add images'), [
      pngFile('wide.png'),
      pngFile('ok.png'),
    ]);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'wide.png: The image must be square; this one is 1200 × 800 px.',
    );
    await waitFor(() => expect(tiles()).toEqual(['Preview of ok.png']));
    expect(uploadFile).toHaveBeenCalledTimes(1);
  });

  it('refuses a file of the wrong type', async () => {
    const { uploadFile } = renderGallery([]);
    const gif = new File(['GIF89a'], 'anim.gif', { type: 'image/gif' });
    // The picker's accept list already hides it; a drop or a permissive picker can still bring it.
    await userEvent.upload(await screen.findByLabelText('Add images'), gif, { applyAccept: false });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'anim.gif: This type of file is not accepted here. Use PNG, JPEG, WEBP.',
    );
    expect(uploadFile).not.toHaveBeenCalled();
  });

  it('refuses a choice that would take the gallery past 9 images, adding none of it', async () => {
    const eight = Array.from({ length: 8 }, (_, i) => image(`photo-${i + 1}.png`));
    const { uploadFile } = renderGallery(eight);
    await userEvent.upload(await screen.findByLabelText('Add images'), [pngFile('a.png'), pngFile('b.png')]);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A product can have up to 9 images: 2 were chosen and 1 more fit. Nothing was added.',
    );
    expect(uploadFile).not.toHaveBeenCalled();
    expect(screen.getAllByRole('listitem')).toHaveLength(8);
  });

  it('turns Add images off once the gallery is full', async () => {
    renderGallery(Array.from({ length: 9 }, (_, i) => image(`photo-${i + 1}.png`)));
    expect(await screen.findByRole('button', { name: 'Add images' })).toBeDisabled();
  });

  it('moves an image with the keyboard, says where it went and keeps the focus on it', async () => {
    const { onSubmit } = renderGallery([image('a.png'), image('b.png'), image('c.png')]);
    const earlier = await screen.findByRole('button', { name: 'Move c.png earlier' });
    earlier.focus();
    await userEvent.keyboard('{Enter}');

    expect(screen.getByRole('status')).toHaveTextContent('c.png is now image 2 of 3.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move c.png earlier' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');

    expect(screen.getByRole('status')).toHaveTextContent('c.png is now image 1 of 3, the cover.');
    expect(tiles()).toEqual(['Preview of c.png', 'Preview of a.png', 'Preview of b.png']);
    // First now, so "earlier" is off and the keyboard goes to "later" of the same image.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move c.png later' })).toHaveFocus());
    expect(await saved(onSubmit)).toEqual(['c.png', 'a.png', 'b.png']);
  });

  it('moves an image by dragging it onto another', async () => {
    renderGallery([image('a.png'), image('b.png'), image('c.png')]);
    const [first, , third] = await screen.findAllByRole('listitem');
    const dataTransfer = fakeDataTransfer();
    fireEvent.dragStart(first!, { dataTransfer });
    fireEvent.dragOver(third!, { dataTransfer });
    fireEvent.drop(third!, { dataTransfer });
    expect(tiles()).toEqual(['Preview of b.png', 'Preview of c.png', 'Preview of a.png']);
  });

  it('removes an image and puts it back in its place with Undo', async () => {
    renderGallery([image('a.png'), image('b.png'), image('c.png')]);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove b.png' }));
    expect(tiles()).toEqual(['Preview of a.png', 'Preview of c.png']);
    expect(screen.getByText('b.png was removed.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(tiles()).toEqual(['Preview of a.png', 'Preview of b.png', 'Preview of c.png']);
    // Back as it was: nothing left to save.
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});

/** jsdom has no DataTransfer: enough of one for a drag between tiles. */
function fakeDataTransfer() {
  const data = new Map<string, string>();
  return {
    get types() {
      return [...data.keys()];
    },
    files: [] as File[],
    setData: (type: string, value: string) => void data.set(type, value),
    getData: (type: string) => data.get(type) ?? '',
    effectAllowed: 'all',
    dropEffect: 'none',
  };
}
