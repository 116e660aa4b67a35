// Imported first, so it runs before the other modules' top-level code: bench:pages times that code.
performance.mark('crosscheck:agent-script');
