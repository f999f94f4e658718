// Makes a site already built work offline: `node scripts/build-offline.ts [DIR]` (default dist). A build
// does this itself as it ends (offline/offline-files.ts).
import { writeOfflineFiles } from './offline/offline-files.ts';

await writeOfflineFiles(process.argv[2] ?? 'dist', (line) => console.log(line));
