import type { AstroIntegration } from 'astro';

/** The directive Astro 7.3 writes into the module of each content entry that carries styles and scripts. */
const DIRECTIVE = '"use astro:head-inject";';

/**
 * Removes a directive that nothing reads any more, so a clean build prints no warnings.
 * Astro's content-assets plugin still writes `"use astro:head-inject"` at the top of every
 * `?astroPropagatedAssets` module, but since withastro/astro#17095 head propagation finds those modules
 * by that query instead (the directive appears nowhere else in astro/dist). Rolldown warns once per
 * page (MODULE_LEVEL_DIRECTIVE) that it cannot keep the directive: 42 warnings for 42 pages, which buried
 * real errors (withastro/astro#18087, open). Dropping the directive before bundling removes their cause;
 * the built site is byte for byte the same. Remove this once Astro stops writing it.
 */
export function headInjectDirective(): AstroIntegration {
  return {
    name: 'ogp:head-inject-directive',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'ogp:drop-head-inject-directive',
                // After Astro's own plugin has written the module.
                enforce: 'post',
                transform: {
                  filter: { id: /[?&]astroPropagatedAssets(?:[&=]|$)/ },
                  handler(code) {
                    if (!code.includes(DIRECTIVE)) return undefined;
                    return { code: code.replace(DIRECTIVE, ''), map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
