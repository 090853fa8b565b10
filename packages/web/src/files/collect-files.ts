/**
 * The files a user dropped or picked: single files are taken as they are (whatever their name — a .docx then
 * gets its own message from the byte layer); the contents of dropped or picked folders are walked and filtered
 * with core's rule for submissions (isSubmissionFileName), as `dutoan audit THƯ-MỤC` does.
 */
import { isSubmissionFileName } from '@dutoan/core';

export interface PickedFile {
  /** Shown name: the path inside the dropped folder, or the file name. */
  name: string;
  file: File;
}

const byName = (a: PickedFile, b: PickedFile) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Files of an <input type=file> (with `webkitdirectory`, every file of the folder has a relative path). */
export function fromInput(files: FileList, folder: boolean): PickedFile[] {
  const out: PickedFile[] = [];
  for (const file of Array.from(files)) {
    const name = (folder && file.webkitRelativePath) || file.name;
    if (!folder || isSubmissionFileName(file.name)) out.push({ name, file });
  }
  return folder ? out.sort(byName) : out;
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const more = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          more();
        }
      }, reject);
    more();
  });
}

async function walk(entry: FileSystemDirectoryEntry, out: PickedFile[]): Promise<void> {
  for (const e of await readAll(entry.createReader())) {
    if (e.isDirectory) await walk(e as FileSystemDirectoryEntry, out);
    else if (e.isFile && isSubmissionFileName(e.name)) {
      const file = await new Promise<File>((resolve, reject) => (e as FileSystemFileEntry).file(resolve, reject));
      out.push({ name: e.fullPath.replace(/^\//, ''), file });
    }
  }
}

/** Files of a drop: folders walked (sorted by path), single files kept in the order dropped. */
export async function fromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const singles: PickedFile[] = [];
  const inFolders: PickedFile[] = [];
  const items = Array.from(data.items ?? []).filter((i) => i.kind === 'file');
  if (items.length === 0) return Array.from(data.files).map((file) => ({ name: file.name, file }));
  // Entries and files must be taken from the items synchronously, before the first await.
  const taken = items.map((i) => ({ entry: i.webkitGetAsEntry?.() ?? null, file: i.getAsFile() }));
  for (const { entry, file } of taken) {
    if (entry?.isDirectory) await walk(entry as FileSystemDirectoryEntry, inFolders);
    else if (file) singles.push({ name: file.name, file });
  }
  return [...singles, ...inFolders.sort(byName)];
}
