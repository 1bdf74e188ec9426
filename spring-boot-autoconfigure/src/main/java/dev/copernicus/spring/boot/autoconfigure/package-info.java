/** Spring Boot 4 auto-configuration for Copernicus, configured by {@code copernicus.*} properties. */
package dev.copernicus.spring.boot.autoconfigure;
