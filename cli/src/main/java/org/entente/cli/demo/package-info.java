/** The seed scenarios of {@code seeds/}, played through the public API into an empty installation ({@code --demo}). */
package org.entente.cli.demo;
