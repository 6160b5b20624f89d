/** `depeche batch`: placeholder until the batch runner lands. */
export async function runBatchCommand(_argv: string[], _version: string): Promise<number> {
  process.stderr.write('depeche batch: not built yet\n');
  return 2;
}
