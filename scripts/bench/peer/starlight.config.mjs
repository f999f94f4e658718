import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [
    starlight({ title: 'Peer', sidebar: [{ label: 'Lessons', items: [{ autogenerate: { directory: 'm00' } }] }] }),
  ],
});
