/**
 * The page's only bridge: one `invoke` for the handler map, plus printing the
 * page itself (the shell picks printer and paper from this PC's preferences).
 * Never `ipcRenderer` itself, never file paths.
 */
import { contextBridge, ipcRenderer } from 'electron';

interface CunjiBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  print(job: { kind: 'document' | 'receipt'; landscape: boolean }): Promise<unknown>;
  printers(): Promise<unknown>;
}

const bridge = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('cunji:invoke', method, input),
  print: (job: { kind: 'document' | 'receipt'; landscape: boolean }) => ipcRenderer.invoke('cunji:print', job),
  printers: () => ipcRenderer.invoke('cunji:printers'),
} satisfies CunjiBridge;

contextBridge.exposeInMainWorld('cunji', bridge);
