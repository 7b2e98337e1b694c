export { FileUploadInput, type FileUploadInputProps } from './FileUploadInput';
export { FilePreview } from './FilePreview';
export { FileDropZone, type FileDropZoneProps } from './FileDropZone';
export { useUploader, type UploaderOptions } from './useUploader';
export { useUploadHint } from './useUploadHint';
export { UploadError, uploadFailureOf, type UploadFailure } from './uploadFailure';
export { readImageSize, type ImageSize, type PixelReader } from './readImageSize';
export { openFileInNewTab } from './openFile';
