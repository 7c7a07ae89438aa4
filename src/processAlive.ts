/** Whether a process id names a live process, for the pid files the project keeps (the local Neo4j, the embedded store's holder). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it lives, but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
