// The content engine as the one file the background and the popup inject (src/shared/
// engine-files.ts); it starts in index.ts. A name of its own, because crxjs finds the background's
// chunk by its source's file name, and the background's is index.ts too.
import './index';
