/** Polls `check` until it holds or `ms` pass; returns whether it held (for things that happen later). */
export const waitUntil = async (check: () => Promise<boolean>, ms: number): Promise<boolean> => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
};
