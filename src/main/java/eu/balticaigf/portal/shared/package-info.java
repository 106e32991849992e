/**
 * Cross-cutting pieces every module may use: the embedded database for the default run,
 * the clock, secure tokens, languages and the page layout.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package eu.balticaigf.portal.shared;
