// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	interface ImportMetaEnv {
		/** package.json's version, for Settings. */
		readonly VITE_APP_VERSION: string;
		/** The UTC day of the build, YYYY-MM-DD. */
		readonly VITE_BUILD_DATE: string;
		/** '1' only in the update test's second build: see SCHEMA_VERSION in storage/migrations.ts. */
		readonly VITE_REHEARSE_UPGRADE?: string;
	}
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
