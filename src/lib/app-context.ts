/** App-wide state shared from the root layout to the pages that need it. */
import { createContext } from 'svelte';
import type { ThemeState } from './theme/theme-state.svelte';

export const [getTheme, setTheme] = createContext<ThemeState>();
