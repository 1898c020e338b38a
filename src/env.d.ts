/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a story or claim page before its content renders; read by the MDX components. */
    story?: import('./lib/story/story-context.ts').StoryContext;
  }
}
