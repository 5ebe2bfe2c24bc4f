package io.wxmass.spring;

import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * One bean per configured account, named {@code <account><suffix>} and primary when there is one account. The
 * account names are read from the environment because the definitions must exist before any bean does.
 */
final class PerAccountBeans {
    private PerAccountBeans() {
    }

    static <T> void register(Environment environment, BeanDefinitionRegistry registry, Class<T> type, String suffix,
                             BiFunction<BeanFactory, String, T> instance) {
        Map<String, Object> accounts = Binder.get(environment)
                .bind("wxmass.accounts", Bindable.mapOf(String.class, Object.class)).orElse(Map.of());
        BeanFactory beans = (BeanFactory) registry;
        for (String name : accounts.keySet()) {
            RootBeanDefinition definition = new RootBeanDefinition(type, () -> instance.apply(beans, name));
            definition.setPrimary(accounts.size() == 1);
            registry.registerBeanDefinition(name + suffix, definition);
        }
    }
}
