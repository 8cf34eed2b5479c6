'use strict';
/*
 * Camera photos made small before they are kept or sent: at most 1600 px on the long side and
 * about 300 KB of JPEG, the quality lowered step by step (and the size, if that is not enough).
 */
const FieldPhotos = (() => {
    const MAX_SIDE = 1600;
    const TARGET_BYTES = 300 * 1024;
    const QUALITIES = [0.85, 0.75, 0.65, 0.55, 0.45];

    function encode(canvas, quality) {
        return new Promise(resolve => canvas.toBlob(resolve, 'image/jpeg', quality));
    }

    async function resize(file) {
        const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
        let scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
        let blob = null;
        for (let round = 0; round < 4; round++) {
            const canvas = document.createElement('canvas');
            canvas.width = Math.max(1, Math.round(bitmap.width * scale));
            canvas.height = Math.max(1, Math.round(bitmap.height * scale));
            canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
            for (const quality of QUALITIES) {
                blob = await encode(canvas, quality);
                if (blob.size <= TARGET_BYTES) {
                    bitmap.close();
                    return blob;
                }
            }
            scale *= 0.75;
        }
        bitmap.close();
        return blob;
    }

    /** Resizes the chosen files and shows them as thumbnails in {@code previews}. */
    async function fromInput(input, previews, limit) {
        const files = Array.from(input.files || []).slice(0, limit);
        const blobs = [];
        for (const file of files) {
            blobs.push(await resize(file));
        }
        show(blobs, previews);
        return blobs;
    }

    function show(blobs, previews) {
        previews.querySelectorAll('img').forEach(img => URL.revokeObjectURL(img.src));
        previews.replaceChildren(...blobs.map((blob, index) => {
            const img = document.createElement('img');
            img.src = URL.createObjectURL(blob);
            img.alt = FieldI18n.t('photo.alt', index + 1);
            img.dataset.bytes = String(blob.size);
            return img;
        }));
    }

    return { resize, fromInput, show, MAX_SIDE, TARGET_BYTES };
})();
